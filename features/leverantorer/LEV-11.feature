# language: sv
@LEV-11
Egenskap: LEV-11 Varningssignal: ingen verksamhetslokal
  Ett företag utan egen lokal för verksamheten är en signal.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Företaget har ingen verksamhetslokal
    Givet att uppgiften verksamhetslokal är nej
    När leverantören granskas
    Så ger regeln LEV-11 utfallet "info"
    Och meddelandet för LEV-11 innehåller "ingen lokal"
    Och bygger fyndet för LEV-11 på uppgiften verksamhetslokal från "leverantören" hämtad 2026-11-02

  @godtagbart
  Scenario: Företaget har en verksamhetslokal
    Givet att uppgiften verksamhetslokal är ja
    När leverantören granskas
    Så ger regeln LEV-11 inget fynd

  @okänd
  Scenario: Uppgiften om verksamhetslokal är inte hämtad
    Givet att uppgiften verksamhetslokal inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-11 utfallet "underlag saknas"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån säker: en enda okänd signal kan inte ge flera varningssignaler
