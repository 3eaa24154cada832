# language: sv
@LEV-09
Egenskap: LEV-09 Varningssignal: adressen stämmer inte
  Skiljer sig adressen leverantören själv uppger från den registrerade är det
  en signal.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Den uppgivna adressen stämmer inte med den registrerade
    Givet att uppgiften adressen_stämmer är nej
    När leverantören granskas
    Så ger regeln LEV-09 utfallet "info"
    Och bygger fyndet för LEV-09 på uppgiften adressen_stämmer från "leverantören" hämtad 2026-11-02

  @godtagbart
  Scenario: Den uppgivna adressen stämmer
    Givet att uppgiften adressen_stämmer är ja
    När leverantören granskas
    Så ger regeln LEV-09 inget fynd

  @okänd
  Scenario: Ingen har jämfört adresserna
    Givet att uppgiften adressen_stämmer inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-09 utfallet "underlag saknas"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån säker: en enda okänd signal kan inte ge flera varningssignaler
