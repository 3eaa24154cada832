# language: sv
@LEV-44
Egenskap: LEV-44 Leverantören har underleverantörer i flera led
  Regeln anger hur lång kedjan är när den har mer än ett led; varje
  underleverantör granskas för sig med samma regler.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Kedjan har två led
    Givet att leverantören har 2 led underleverantörer
    När leverantören granskas
    Så ger regeln LEV-44 utfallet "info"
    Och ger regeln LEV-44 1 fynd
    Och meddelandet för LEV-44 innehåller "har 2 led"

  @brist
  Scenario: Kedjan har tre led
    Givet att leverantören har 3 led underleverantörer
    När leverantören granskas
    Så ger regeln LEV-44 utfallet "info"
    Och meddelandet för LEV-44 innehåller "har 3 led"

  @godtagbart
  Scenario: Kedjan har ett led
    Givet att leverantören har 1 led underleverantörer
    När leverantören granskas
    Så ger regeln LEV-44 inget fynd

  @godtagbart
  Scenario: Leverantören har inga underleverantörer
    När leverantören granskas
    Så ger regeln LEV-44 inget fynd

  @okänd
  Scenario: Kedjan har två led, fast leverantörens registeruppgifter inte är hämtade
    Givet att leverantören har 2 led underleverantörer
    Och att uppgiften status inte är hämtad
    Och att uppgiften omsättning inte är hämtad
    Och att uppgiften rättsliga_förfaranden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-44 utfallet "info"
    Och ger regeln LEV-44 1 fynd
    Och meddelandet för LEV-44 innehåller "har 2 led"
