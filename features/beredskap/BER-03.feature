# language: sv
@BER-03
Egenskap: BER-03 Leveransåtaganden per krisnivå eller ett beredskapsavtal saknas
  Krisberedskap byggs in i avtalet genom villkor för olika krisnivåer eller
  genom ett separat beredskapsavtal som träder i kraft vid kris.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Samhällsviktig verksamhet utan några beredskapsvillkor
    Givet att beredskap.samhällsviktig_verksamhet är ja
    När underlaget granskas
    Så ger regeln BER-03 utfallet "varning"
    Och meddelandet för BER-03 innehåller "varken leveransåtaganden för olika krisnivåer eller ett beredskapsavtal"

  @brist
  Scenario: Bara lagerhållning, utan åtaganden för krisnivåerna
    Givet att cpv_koder är "33600000-6"
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "lagerhållning"                                        |
      | beskrivning | "Leverantören ska hålla lager motsvarande fyra veckors förbrukning." |
    När underlaget granskas
    Så ger regeln BER-03 utfallet "varning"

  @godtagbart
  Scenario: Leveransåtaganden per krisnivå
    Givet att beredskap.samhällsviktig_verksamhet är ja
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "leveransåtagande per krisnivå"                  |
      | beskrivning | "Prioriterade leveranser till vård och omsorg."  |
      | krisnivåer  | "allvarlig störning", "höjd beredskap"           |
    När underlaget granskas
    Så ger regeln BER-03 inget fynd

  @godtagbart
  Scenario: Ett separat beredskapsavtal
    Givet att beredskap.samhällsviktig_verksamhet är ja
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "beredskapsavtal"                                      |
      | beskrivning | "Beredskapsavtal om tillverkningsberedskap vid kris."  |
    När underlaget granskas
    Så ger regeln BER-03 inget fynd

  @godtagbart
  Scenario: En allmän leveransutfästelse prövas av BER-04, inte här
    Givet att beredskap.samhällsviktig_verksamhet är ja
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "allmän leveransutfästelse"                       |
      | beskrivning | "Leverantören ska fortsätta leverera vid kris."   |
    När underlaget granskas
    Så ger regeln BER-03 inget fynd

  @godtagbart
  Scenario: Konsulttjänster utan samhällsviktig verksamhet
    När underlaget granskas
    Så ger regeln BER-03 inget fynd

  @okänd
  Scenario: Avtalsvillkoren står i en bilaga som inte har lästs
    Givet att beredskap.samhällsviktig_verksamhet är ja
    Och att särskilda_kontraktsvillkor.beredskapsklausuler inte är kända
    När underlaget granskas
    Så ger regeln BER-03 utfallet "underlag saknas"
    Och fyndet för BER-03 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler för BER-03

  @okänd
  Scenario: Det går inte att se vad slags krisklausul avtalet har
    Givet att beredskap.samhällsviktig_verksamhet är ja
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "lagerhållning"                                  |
      | beskrivning | "Leverantören ska säkra leveranserna vid kris."  |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-03 utfallet "underlag saknas"
    Och fyndet för BER-03 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[0].slag"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler[0].slag för BER-03

  @okänd
  Scenario: Ett beredskapsavtal finns, fast en annan klausuls slag inte går att läsa
    Givet att beredskap.samhällsviktig_verksamhet är ja
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "beredskapsavtal"                                      |
      | beskrivning | "Beredskapsavtal om tillverkningsberedskap vid kris."  |
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "allmän leveransutfästelse"                      |
      | beskrivning | "Leverantören ska säkra leveranserna vid kris."  |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[1].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-03 inget fynd

  @okänd
  Scenario: Verksamheten är inte samhällsviktig, så avtalsvillkoren behöver inte läsas
    Givet att beredskap.samhällsviktig_verksamhet är nej
    Och att särskilda_kontraktsvillkor.beredskapsklausuler inte är kända
    När underlaget granskas
    Så ger regeln BER-03 inget fynd
