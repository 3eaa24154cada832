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

  @okänd
  Scenario: Avtalsvillkoren står i en bilaga som inte har lästs
    Givet att särskilda_kontraktsvillkor.beredskapsklausuler inte är kända
    När underlaget granskas
    Så ger regeln BER-06 utfallet "underlag saknas"
    Och fyndet för BER-06 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler för BER-06

  @okänd
  Scenario: Leverantören ska hålla lager, fast en annan klausuls slag inte går att läsa
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "lagerhållning"                               |
      | beskrivning | "Lager motsvarande fyra veckors förbrukning." |
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"      |
      | beskrivning | "Se bilaga 4."         |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[1].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-06 inget fynd

  @okänd
  Scenario: CPV-koderna är inte kända och myndigheten har inte tagit ställning till samhällsviktig verksamhet
    Givet att beredskap.samhällsviktig_verksamhet saknas
    Och att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln BER-06 utfallet "underlag saknas"
    Och fyndet för BER-06 gäller fältet "cpv_koder"
    Och saknas uppgiften cpv_koder för BER-06
