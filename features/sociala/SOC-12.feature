# language: sv
@SOC-12
Egenskap: SOC-12 Reservationen för skyddade verkstäder ska anges i annonsen
  Enligt direktivet ska en reservation för skyddade verkstäder eller program
  för skyddad anställning anges i annonsen. Motsvarigheten i LOU är inte
  kontrollerad, så regeln varnar.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "98310000-9"

  @brist
  Scenario: Reservationen anges inte i annonsen
    Givet underlaget har reservation med:
      | slag                                                       | "skyddade verkstäder" |
      | andel_anställda_med_funktionsnedsättning_eller_missgynnade | 30                    |
      | angiven_i_annonsen                                         | nej                   |
    När underlaget granskas
    Så ger regeln SOC-12 utfallet "varning"
    Och meddelandet för SOC-12 innehåller "skyddade verkstäder"
    Och fyndet för SOC-12 gäller fältet "reservation.angiven_i_annonsen"

  @brist
  Scenario: Underlaget säger inte om reservationen anges i annonsen
    Givet underlaget har reservation med:
      | slag | "skyddad anställning" |
    När underlaget granskas
    Så ger regeln SOC-12 utfallet "varning"

  @godtagbart
  Scenario: Reservationen anges i annonsen
    Givet underlaget har reservation med:
      | slag                                                       | "skyddade verkstäder" |
      | andel_anställda_med_funktionsnedsättning_eller_missgynnade | 30                    |
      | angiven_i_annonsen                                         | ja                    |
    När underlaget granskas
    Så ger regeln SOC-12 inget fynd

  @okänd
  Scenario: Annonsen finns inte bland de handlingar som granskas
    Givet underlaget har reservation med:
      | slag                                                       | "skyddade verkstäder" |
      | andel_anställda_med_funktionsnedsättning_eller_missgynnade | 30                    |
    Och att reservation.angiven_i_annonsen inte är känt
    När underlaget granskas
    Så ger regeln SOC-12 utfallet "underlag saknas"
    Och fyndet för SOC-12 gäller fältet "reservation.angiven_i_annonsen"
    Och saknas uppgiften reservation.angiven_i_annonsen för SOC-12

  @okänd
  Scenario: Det framgår inte vilken reservation som används, men den anges i annonsen
    Givet underlaget har reservation med:
      | slag               | "skyddade verkstäder" |
      | angiven_i_annonsen | ja                    |
    Och att reservation.slag inte är känt
    När underlaget granskas
    Så ger regeln SOC-12 inget fynd

  @okänd
  Scenario: Det framgår inte vilken reservation som används, och den anges inte i annonsen
    Givet underlaget har reservation med:
      | slag               | "skyddade verkstäder" |
      | angiven_i_annonsen | nej                   |
    Och att reservation.slag inte är känt
    När underlaget granskas
    Så ger regeln SOC-12 utfallet "underlag saknas"
    Och fyndet för SOC-12 gäller fältet "reservation.slag"
