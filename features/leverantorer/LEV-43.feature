# language: sv
@LEV-43
Egenskap: LEV-43 Underleverantörskedjan är längre än upphandlingen tillåter
  Regeln jämför hur många led underleverantörer leverantören har med
  upphandlingens begränsning (underleverantörsvillkor.begränsning_led).

  Bakgrund:
    Givet en leverantör
    Och att leverantören granskas mot ett förfrågningsunderlag

  @brist
  Scenario: Två led när avtalet tillåter ett
    Givet att upphandlingens särskilda_kontraktsvillkor.underleverantörsvillkor.begränsning_led är 1
    Och att leverantören har 2 led underleverantörer
    När leverantören granskas
    Så ger regeln LEV-43 utfallet "varning"
    Och ger regeln LEV-43 1 fynd
    Och meddelandet för LEV-43 innehåller "Leverantörens kedja har 2 led underleverantörer, men avtalet tillåter 1"

  @brist
  Scenario: Ett led när avtalet inte tillåter några underleverantörer
    Givet att upphandlingens särskilda_kontraktsvillkor.underleverantörsvillkor.begränsning_led är 0
    Och att leverantören har 1 led underleverantörer
    När leverantören granskas
    Så ger regeln LEV-43 utfallet "varning"

  @godtagbart
  Scenario: Lika många led som avtalet tillåter
    Givet att upphandlingens särskilda_kontraktsvillkor.underleverantörsvillkor.begränsning_led är 2
    Och att leverantören har 2 led underleverantörer
    När leverantören granskas
    Så ger regeln LEV-43 inget fynd

  @godtagbart
  Scenario: Avtalet begränsar inte antalet led
    Givet att leverantören har 3 led underleverantörer
    När leverantören granskas
    Så ger regeln LEV-43 inget fynd

  @okänd
  Scenario: Avtalets begränsning av antalet led går inte att läsa ut
    Givet att upphandlingens särskilda_kontraktsvillkor.underleverantörsvillkor.begränsning_led inte är känd
    Och att leverantören har 2 led underleverantörer
    När leverantören granskas
    Så ger regeln LEV-43 utfallet "underlag saknas"
    Och ger regeln LEV-43 1 fynd
    Och fyndet för LEV-43 gäller fältet "upphandling.särskilda_kontraktsvillkor.underleverantörsvillkor.begränsning_led"
