# language: sv
@BER-08
Egenskap: BER-08 Ändringsklausuler och optioner ska ange omfattning, art och villkor
  En ändringsklausul eller option gäller bara om den är klar, exakt och
  entydig och anger omfattningen och arten av ändringarna och villkoren för
  att använda dem.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Ändringsklausulen anger inte när den får användas
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"                                  |
      | beskrivning | "Parterna ska omförhandla avtalet vid kris."       |
      | omfattning  | "Leveransvolym och leveranstider."                 |
      | art         | "Ändrade leveransplaner och prioriteringar."       |
    När underlaget granskas
    Så ger regeln BER-08 utfallet "fel"
    Och meddelandet för BER-08 innehåller "villkor: uppgift saknas"
    Och fyndet för BER-08 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[0].villkor"

  @brist
  Scenario: Optionen på ökad volym anger inte hur mycket
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "option på ökad volym"                       |
      | beskrivning | "Kommunen får avropa ökad volym vid kris."   |
      | art         | "Fler leveranser av samma sortiment."        |
      | villkor     | "När kommunens krisledning har aktiverats."  |
    När underlaget granskas
    Så ger regeln BER-08 utfallet "fel"
    Och meddelandet för BER-08 innehåller "omfattning: uppgift saknas"

  @brist
  Scenario: Av två ändringsklausuler är bara den andra ofullständig
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"                               |
      | beskrivning | "Ändrade leveransadresser vid evakuering."      |
      | omfattning  | "Högst tio nya leveransadresser i kommunen."    |
      | art         | "Byte av leveransadress."                       |
      | villkor     | "När en verksamhet evakueras."                  |
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"                               |
      | beskrivning | "Omförhandling vid höjd beredskap."             |
    När underlaget granskas
    Så ger regeln BER-08 1 fynd
    Och fyndet för BER-08 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[1].omfattning"

  @godtagbart
  Scenario: Ändringsklausulen anger omfattning, art och villkor
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"                                      |
      | beskrivning | "Ändrade leveranstider vid kris."                      |
      | omfattning  | "Leveranstiden får förlängas med högst fem arbetsdagar." |
      | art         | "Ändrad leveranstid och leveransfrekvens."             |
      | villkor     | "När regeringen beslutat om höjd beredskap eller kommunens krisledning aktiverats." |
    När underlaget granskas
    Så ger regeln BER-08 inget fynd

  @godtagbart
  Scenario: Lagerhållning är ingen ändringsklausul
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "lagerhållning"                               |
      | beskrivning | "Lager motsvarande fyra veckors förbrukning." |
    När underlaget granskas
    Så ger regeln BER-08 inget fynd

  @godtagbart
  Scenario: Under tröskelvärdet prövas inte regeln
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"                            |
      | beskrivning | "Parterna ska omförhandla avtalet vid kris." |
    När underlaget granskas
    Så ger regeln BER-08 inget fynd

  @okänd
  Scenario: Ändringsklausulens villkor står i en bilaga som inte har lästs
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"                             |
      | beskrivning | "Parterna ska omförhandla avtalet vid kris."  |
      | omfattning  | "Leveransvolym och leveranstider."            |
      | art         | "Ändrade leveransplaner och prioriteringar."  |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].villkor inte är kända
    När underlaget granskas
    Så ger regeln BER-08 utfallet "underlag saknas"
    Och fyndet för BER-08 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[0].villkor"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler[0].villkor för BER-08

  @okänd
  Scenario: Omfattningen saknas, så klausulen brister vad villkoren än säger
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"                             |
      | beskrivning | "Parterna ska omförhandla avtalet vid kris."  |
      | art         | "Ändrade leveransplaner och prioriteringar."  |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].villkor inte är kända
    När underlaget granskas
    Så ger regeln BER-08 utfallet "fel"
    Och meddelandet för BER-08 innehåller "omfattning: uppgift saknas"
    Och meddelandet för BER-08 innehåller "villkor: okänt"

  @okänd
  Scenario: Det framgår inte om upphandlingen är direktivstyrd
    Givet att regim inte är känd
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"                            |
      | beskrivning | "Parterna ska omförhandla avtalet vid kris." |
    När underlaget granskas
    Så ger regeln BER-08 utfallet "underlag saknas"
    Och fyndet för BER-08 gäller fältet "regim"
    Och saknas uppgiften regim för BER-08

  @okänd
  Scenario: Det går inte att se om den ofullständiga klausulen är en ändringsklausul
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "ändringsklausul"                            |
      | beskrivning | "Parterna ska omförhandla avtalet vid kris." |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-08 utfallet "underlag saknas"
    Och fyndet för BER-08 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[0].slag"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler[0].slag för BER-08
