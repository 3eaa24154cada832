# language: sv
@BER-06
Egenskap: BER-06 Lagerhållning, optioner eller ökad kapacitet för kris
  Regeringen rekommenderar optioner för ökad tillgänglighet, lagerhållning,
  ökad produktionskapacitet eller beredskapsavtal i avtal till samhällsviktig
  verksamhet.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att beredskap.samhällsviktig_verksamhet är ja

  @brist
  Scenario: Bara leveransåtaganden, ingen kapacitet för kris
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "leveransåtagande per krisnivå"            |
      | beskrivning | "Leveranser inom 24 timmar vid störning."  |
      | krisnivåer  | "allvarlig störning", "fredstida kris"     |
    När underlaget granskas
    Så ger regeln BER-06 utfallet "info"
    Och meddelandet för BER-06 innehåller "ingen lagerhållning"

  @godtagbart
  Scenario: Leverantören ska hålla lager
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "lagerhållning"                                  |
      | beskrivning | "Lager motsvarande fyra veckors förbrukning."    |
    När underlaget granskas
    Så ger regeln BER-06 inget fynd

  @godtagbart
  Scenario: En option på ökad volym
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "option på ökad volym"                   |
      | beskrivning | "Option på 50 procent ökad volym vid kris." |
      | omfattning  | "Högst 50 procent över avtalad volym."    |
      | art         | "Fler leveranser av samma sortiment."    |
      | villkor     | "När kommunens krisledning har aktiverats." |
    När underlaget granskas
    Så ger regeln BER-06 inget fynd

  @godtagbart
  Scenario: Ett separat beredskapsavtal
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "beredskapsavtal"                          |
      | beskrivning | "Avtal om tillverkningsberedskap vid kris." |
    När underlaget granskas
    Så ger regeln BER-06 inget fynd

  @godtagbart
  Scenario: Upphandlingen gäller inte samhällsviktig verksamhet
    Givet att beredskap.samhällsviktig_verksamhet är nej
    När underlaget granskas
    Så ger regeln BER-06 inget fynd
