# language: sv
@BER-10
Egenskap: BER-10 Force majeure-klausulen är inte granskad för kris
  Force majeure-klausuler ska granskas när krisberedskap byggs in i avtalet,
  så att de inte befriar leverantören i just de kriser avtalet ska täcka.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att beredskap.samhällsviktig_verksamhet är ja

  @brist
  Scenario: Standardklausulen om force majeure är inte granskad
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "force majeure"                                        |
      | beskrivning | "Krig, pandemi och myndighetsbeslut befriar leverantören." |
    När underlaget granskas
    Så ger regeln BER-10 utfallet "varning"
    Och meddelandet för BER-10 innehåller "Krig, pandemi och myndighetsbeslut"
    Och fyndet för BER-10 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[0].granskad"

  @brist
  Scenario: Klausulen är uttryckligen inte granskad
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "force majeure"                    |
      | beskrivning | "Allmänna villkorens klausul gäller oförändrad." |
      | granskad    | nej                                |
    När underlaget granskas
    Så ger regeln BER-10 utfallet "varning"
    Och meddelandet för BER-10 innehåller "(granskad: nej)"

  @godtagbart
  Scenario: Klausulen är granskad ur krisberedskapsperspektiv
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "force majeure"                                                    |
      | beskrivning | "Pandemi och höjd beredskap befriar inte från beredskapsåtagandena." |
      | granskad    | ja                                                                 |
    När underlaget granskas
    Så ger regeln BER-10 inget fynd

  @godtagbart
  Scenario: Upphandlingen gäller inte samhällsviktig verksamhet
    Givet att beredskap.samhällsviktig_verksamhet är nej
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "force majeure"                  |
      | beskrivning | "Standardklausul om force majeure." |
    När underlaget granskas
    Så ger regeln BER-10 inget fynd

  @okänd
  Scenario: Det går inte att se om force majeure-klausulen är granskad för kris
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "force majeure"                                            |
      | beskrivning | "Krig, pandemi och myndighetsbeslut befriar leverantören." |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].granskad inte är känt
    När underlaget granskas
    Så ger regeln BER-10 utfallet "underlag saknas"
    Och fyndet för BER-10 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[0].granskad"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler[0].granskad för BER-10

  @okänd
  Scenario: Det går inte att se om den ogranskade klausulen är en force majeure-klausul
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "force majeure"                                   |
      | beskrivning | "Allmänna villkorens klausul gäller oförändrad."  |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-10 utfallet "underlag saknas"
    Och fyndet för BER-10 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[0].slag"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler[0].slag för BER-10

  @okänd
  Scenario: Klausulen är granskad, vad slags klausul den än är
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "force majeure"                                                      |
      | beskrivning | "Pandemi och höjd beredskap befriar inte från beredskapsåtagandena." |
      | granskad    | ja                                                                   |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-10 inget fynd

  @okänd
  Scenario: Verksamheten är inte samhällsviktig, så det spelar ingen roll om klausulen är granskad
    Givet att beredskap.samhällsviktig_verksamhet är nej
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "force majeure"                     |
      | beskrivning | "Standardklausul om force majeure." |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].granskad inte är känt
    När underlaget granskas
    Så ger regeln BER-10 inget fynd
