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
