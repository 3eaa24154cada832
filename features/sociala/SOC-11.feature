# language: sv
@SOC-11
Egenskap: SOC-11 Reserverat kontrakt: minst 30 procent med funktionsnedsättning eller missgynnade
  En upphandling får reserveras för skyddade verkstäder och sociala
  integrationsföretag, eller utföras inom ett program för skyddad anställning,
  om minst 30 procent av de anställda är personer med funktionsnedsättning eller
  missgynnade personer.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "98310000-9"

  @brist
  Scenario: Reservationen gäller leverantörer där 25 procent av de anställda hör till målgruppen
    Givet underlaget har reservation med:
      | slag                                                       | "skyddade verkstäder" |
      | andel_anställda_med_funktionsnedsättning_eller_missgynnade | 25                    |
      | angiven_i_annonsen                                         | ja                    |
    När underlaget granskas
    Så ger regeln SOC-11 utfallet "fel"
    Och meddelandet för SOC-11 innehåller "25 %"
    Och fyndet för SOC-11 gäller fältet "reservation.andel_anställda_med_funktionsnedsättning_eller_missgynnade"

  @brist
  Scenario: Andelen är strax under 30 procent
    Givet underlaget har reservation med:
      | slag                                                       | "skyddad anställning" |
      | andel_anställda_med_funktionsnedsättning_eller_missgynnade | 29,5                  |
      | angiven_i_annonsen                                         | ja                    |
    När underlaget granskas
    Så ger regeln SOC-11 utfallet "fel"
    Och meddelandet för SOC-11 innehåller "29,5 %"

  @godtagbart
  Scenario: Andelen är exakt 30 procent
    Givet underlaget har reservation med:
      | slag                                                       | "skyddade verkstäder" |
      | andel_anställda_med_funktionsnedsättning_eller_missgynnade | 30                    |
      | angiven_i_annonsen                                         | ja                    |
    När underlaget granskas
    Så ger regeln SOC-11 inget fynd

  @godtagbart
  Scenario: Utförande inom ett program för skyddad anställning med 60 procent
    Givet underlaget har reservation med:
      | slag                                                       | "skyddad anställning" |
      | andel_anställda_med_funktionsnedsättning_eller_missgynnade | 60                    |
      | angiven_i_annonsen                                         | ja                    |
    När underlaget granskas
    Så ger regeln SOC-11 inget fynd

  @okänd
  Scenario: Andelen anställda ur målgruppen står i en bilaga som inte har lästs
    Givet underlaget har reservation med:
      | slag               | "skyddade verkstäder" |
      | angiven_i_annonsen | ja                    |
    Och att reservation.andel_anställda_med_funktionsnedsättning_eller_missgynnade inte är känd
    När underlaget granskas
    Så ger regeln SOC-11 utfallet "underlag saknas"
    Och fyndet för SOC-11 gäller fältet "reservation.andel_anställda_med_funktionsnedsättning_eller_missgynnade"
    Och saknas uppgiften reservation.andel_anställda_med_funktionsnedsättning_eller_missgynnade för SOC-11

  @okänd
  Scenario: Det framgår inte vilken reservation som används, och andelen är 25 procent
    Givet underlaget har reservation med:
      | slag                                                       | "skyddade verkstäder" |
      | andel_anställda_med_funktionsnedsättning_eller_missgynnade | 25                    |
    Och att reservation.slag inte är känt
    När underlaget granskas
    Så ger regeln SOC-11 utfallet "underlag saknas"
    Och fyndet för SOC-11 gäller fältet "reservation.slag"

  @okänd
  Scenario: Det framgår inte vilken reservation som används, men andelen är 40 procent
    Givet underlaget har reservation med:
      | slag                                                       | "skyddad anställning" |
      | andel_anställda_med_funktionsnedsättning_eller_missgynnade | 40                    |
    Och att reservation.slag inte är känt
    När underlaget granskas
    Så ger regeln SOC-11 inget fynd
