# language: sv
@BER-09
Egenskap: BER-09 Samhällsviktig upphandling utan ändrings- eller omförhandlingsklausul
  Utan en ändringsklausul måste ändringar som en kris kräver rymmas i
  ändringsbestämmelserna i 17 kap. LOU.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att beredskap.samhällsviktig_verksamhet är ja

  @brist
  Scenario: Inga beredskapsklausuler alls
    När underlaget granskas
    Så ger regeln BER-09 utfallet "info"
    Och meddelandet för BER-09 innehåller "17 kap. LOU"

  @brist
  Scenario: En option på ökad volym är ingen ändringsklausul
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "option på ökad volym"                       |
      | beskrivning | "Option på 30 procent ökad volym vid kris."  |
      | omfattning  | "Högst 30 procent över avtalad volym."       |
      | art         | "Fler leveranser av samma sortiment."        |
      | villkor     | "När kommunens krisledning har aktiverats."  |
    När underlaget granskas
    Så ger regeln BER-09 utfallet "info"

  @godtagbart
  Scenario: Avtalet har en ändringsklausul
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"                                      |
      | beskrivning | "Ändrade leveranstider vid kris."                      |
      | omfattning  | "Leveranstiden får förlängas med högst fem arbetsdagar." |
      | art         | "Ändrad leveranstid."                                  |
      | villkor     | "När kommunens krisledning har aktiverats."            |
    När underlaget granskas
    Så ger regeln BER-09 inget fynd

  @godtagbart
  Scenario: Upphandlingen gäller inte samhällsviktig verksamhet
    Givet att beredskap.samhällsviktig_verksamhet är nej
    När underlaget granskas
    Så ger regeln BER-09 inget fynd

  @okänd
  Scenario: Avtalsvillkoren står i en bilaga som inte har lästs
    Givet att särskilda_kontraktsvillkor.beredskapsklausuler inte är kända
    När underlaget granskas
    Så ger regeln BER-09 utfallet "underlag saknas"
    Och fyndet för BER-09 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler för BER-09

  @okänd
  Scenario: Det går inte att se om avtalets enda krisklausul är en ändringsklausul
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"                             |
      | beskrivning | "Parterna ska omförhandla avtalet vid kris."  |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-09 utfallet "underlag saknas"
    Och fyndet för BER-09 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[0].slag"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler[0].slag för BER-09

  @okänd
  Scenario: En ändringsklausul finns, fast en annan klausuls slag inte går att läsa
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"                                        |
      | beskrivning | "Ändrade leveranstider vid kris."                        |
      | omfattning  | "Leveranstiden får förlängas med högst fem arbetsdagar." |
      | art         | "Ändrad leveranstid."                                    |
      | villkor     | "När kommunens krisledning har aktiverats."              |
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "lagerhållning"  |
      | beskrivning | "Se bilaga 5."   |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[1].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-09 inget fynd
