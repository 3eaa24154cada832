# language: sv
@SER-05
Egenskap: SER-05 Underleverantörerna ska vara kända i en riskbransch
  I en riskbransch bör anbudsgivaren ange sina underleverantörer, eller, om
  kedjan inte är känd när avtalet tecknas, ha en inköpsfunktion som löpande
  följer upp och utvärderar underleverantörerna (regeringens färdplan,
  inriktningsmål 9).

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "90911200-8"

  @brist
  Scenario: Underlaget har inga villkor om underleverantörer
    När underlaget granskas
    Så ger regeln SER-05 utfallet "varning"
    Och meddelandet för SER-05 innehåller "namnges: uppgift saknas"
    Och fyndet för SER-05 gäller fältet "särskilda_kontraktsvillkor.underleverantörsvillkor.ska_namnges"

  @brist
  Scenario: Underleverantörerna ska godkännas men varken namnges eller följas upp
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | godkännande_krävs        | ja  |
      | ska_namnges              | nej |
      | inköpsprocess_följer_upp | nej |
    När underlaget granskas
    Så ger regeln SER-05 utfallet "varning"
    Och meddelandet för SER-05 innehåller "namnges: nej"

  @godtagbart
  Scenario: Anbudsgivaren ska namnge sina underleverantörer
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | ska_namnges       | ja |
      | godkännande_krävs | ja |
    När underlaget granskas
    Så ger regeln SER-05 inget fynd

  @godtagbart
  Scenario: Kedjan är inte känd vid avtalets tecknande och leverantören ska följa upp den löpande
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | ska_namnges              | nej |
      | inköpsprocess_följer_upp | ja  |
    När underlaget granskas
    Så ger regeln SER-05 inget fynd

  @godtagbart
  Scenario: Konsulttjänster är ingen riskbransch
    Givet att cpv_koder är "79000000-4"
    När underlaget granskas
    Så ger regeln SER-05 inget fynd

  @motiverad_avvikelse
  Scenario: Myndigheten har motiverat varför underleverantörerna inte behöver anges
    Givet underlaget har en motivering för SER-05: "Kontraktet avser enstaka storstädningar som utförs av leverantörens egen personal; underleverantörer får inte anlitas."
    När underlaget granskas
    Så ger regeln SER-05 utfallet "motiverad avvikelse"

  @okänd
  Scenario: CPV-koderna är inte kända och underlaget har inga villkor om underleverantörer
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SER-05 utfallet "underlag saknas"
    Och fyndet för SER-05 gäller fältet "cpv_koder"
    Och saknas uppgiften cpv_koder för SER-05

  @okänd
  Scenario: Det går inte att läsa ut om underleverantörerna ska namnges, och leverantören behöver inte följa upp dem
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | inköpsprocess_följer_upp | nej |
    Och att särskilda_kontraktsvillkor.underleverantörsvillkor.ska_namnges inte är känt
    När underlaget granskas
    Så ger regeln SER-05 utfallet "underlag saknas"
    Och fyndet för SER-05 gäller fältet "särskilda_kontraktsvillkor.underleverantörsvillkor.ska_namnges"
    Och saknas uppgiften särskilda_kontraktsvillkor.underleverantörsvillkor.ska_namnges för SER-05

  @okänd
  Scenario: Det är okänt om underleverantörerna ska namnges, men leverantören ska följa upp dem löpande
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | inköpsprocess_följer_upp | ja |
    Och att särskilda_kontraktsvillkor.underleverantörsvillkor.ska_namnges inte är känt
    När underlaget granskas
    Så ger regeln SER-05 inget fynd
