# language: sv
@BER-04
Egenskap: BER-04 En allmän utfästelse om leveranser i kris är inget konkret åtagande
  En klausul om att leverantören ska fortsätta leverera i kris är tillåten men
  ger ingen konkret beredskapsskyldighet. Den räcker inte ensam i en
  upphandling till samhällsviktig verksamhet.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att beredskap.samhällsviktig_verksamhet är ja

  @brist
  Scenario: Avtalets enda krisklausul är en allmän leveransutfästelse
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "allmän leveransutfästelse"                                    |
      | beskrivning | "Leverantören ska i möjligaste mån fortsätta leverera vid kris." |
    När underlaget granskas
    Så ger regeln BER-04 utfallet "varning"
    Och meddelandet för BER-04 innehåller "i möjligaste mån fortsätta leverera vid kris"
    Och meddelandet för BER-04 innehåller "tillåten men svag"

  @brist
  Scenario: Allmän leveransutfästelse och lagerhållning, men inga åtaganden per krisnivå
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "lagerhållning"                                   |
      | beskrivning | "Lager motsvarande två veckors förbrukning."      |
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "allmän leveransutfästelse"                       |
      | beskrivning | "Leverantören ska fortsätta leverera vid kris."   |
    När underlaget granskas
    Så ger regeln BER-04 utfallet "varning"
    Och ger regeln BER-04 1 fynd

  @godtagbart
  Scenario: Utfästelsen kompletteras med leveransåtaganden per krisnivå
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "allmän leveransutfästelse"                       |
      | beskrivning | "Leverantören ska fortsätta leverera vid kris."   |
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "leveransåtagande per krisnivå"                    |
      | beskrivning | "Minst 80 procent av ordinarie volym inom 48 timmar." |
      | krisnivåer  | "allvarlig störning", "höjd beredskap"             |
    När underlaget granskas
    Så ger regeln BER-04 inget fynd

  @godtagbart
  Scenario: Utfästelsen i en upphandling som inte är samhällsviktig
    Givet att beredskap.samhällsviktig_verksamhet är nej
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "allmän leveransutfästelse"                       |
      | beskrivning | "Leverantören ska fortsätta leverera vid kris."   |
    När underlaget granskas
    Så ger regeln BER-04 inget fynd

  @okänd
  Scenario: Det går inte att se om krisklausulen är en allmän utfästelse
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "allmän leveransutfästelse"                      |
      | beskrivning | "Leverantören ska säkra leveranserna vid kris."  |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-04 utfallet "underlag saknas"
    Och ger regeln BER-04 1 fynd
    Och fyndet för BER-04 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[0].slag"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler[0].slag för BER-04

  @okänd
  Scenario: Utfästelsen kompletteras med en klausul vars slag inte går att läsa
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "allmän leveransutfästelse"                       |
      | beskrivning | "Leverantören ska fortsätta leverera vid kris."   |
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "leveransåtagande per krisnivå"                |
      | beskrivning | "Se bilaga 4, Leveranser vid kris."            |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[1].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-04 utfallet "underlag saknas"
    Och ger regeln BER-04 2 fynd
    Och fyndet för BER-04 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[1].slag"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler[1].slag för BER-04

  @okänd
  Scenario: Leveransåtaganden per krisnivå finns, fast en tredje klausuls slag inte går att läsa
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "allmän leveransutfästelse"                       |
      | beskrivning | "Leverantören ska fortsätta leverera vid kris."   |
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "leveransåtagande per krisnivå"                       |
      | beskrivning | "Minst 80 procent av ordinarie volym inom 48 timmar." |
      | krisnivåer  | "allvarlig störning", "höjd beredskap"                |
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "lagerhållning"                        |
      | beskrivning | "Se bilaga 5, Lager."                  |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[2].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-04 inget fynd

  @okänd
  Scenario: Det går inte att se om myndigheten har tagit ställning till samhällsviktig verksamhet
    Givet att beredskap.samhällsviktig_verksamhet inte är känt
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "allmän leveransutfästelse"                       |
      | beskrivning | "Leverantören ska fortsätta leverera vid kris."   |
    När underlaget granskas
    Så ger regeln BER-04 utfallet "underlag saknas"
    Och fyndet för BER-04 gäller fältet "beredskap.samhällsviktig_verksamhet"
    Och saknas uppgiften beredskap.samhällsviktig_verksamhet för BER-04
