# language: sv
@LEV-06
Egenskap: LEV-06 Varningssignal: förekommer i brottmål
  Att företaget eller en företrädare förekommer i ett brottmål är en signal,
  också innan det finns en dom.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: En företrädare förekommer i ett brottmål utan dom
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag    | "brottmål"    |
      | gäller  | "företrädare" |
      | brott   | "skattebrott" |
    När leverantören granskas
    Så ger regeln LEV-06 utfallet "info"
    Och meddelandet för LEV-06 innehåller "rättsliga förfaranden: 1"
    Och bygger fyndet för LEV-06 på uppgiften rättsliga_förfaranden från "domstol" hämtad 2026-11-02

  @godtagbart
  Scenario: Företaget förekommer bara i en ekonomisk tvist
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag | "ekonomisk tvist" |
    När leverantören granskas
    Så ger regeln LEV-06 inget fynd
    Och slutsatsen signal_brottmål gäller inte

  @godtagbart
  Scenario: Företaget förekommer inte i några rättsliga förfaranden
    När leverantören granskas
    Så ger regeln LEV-06 inget fynd

  @okänd
  Scenario: De rättsliga förfarandena är inte hämtade
    Givet att uppgiften rättsliga_förfaranden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-06 utfallet "underlag saknas"
    Och är risknivån ett minimum eftersom uppgiften rättsliga_förfaranden inte är hämtad
