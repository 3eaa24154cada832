# language: sv
@LEV-08
Egenskap: LEV-08 Varningssignal: postadress saknas
  Signalen gäller när adressen har hämtats och källan saknar postadress. Är
  adressen inte hämtad alls blir det underlag saknas.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Källan har ingen adress till företaget
    Givet att uppgiften adress saknas i källan
    När leverantören granskas
    Så ger regeln LEV-08 utfallet "info"
    Och meddelandet för LEV-08 innehåller "ingen fullständig postadress"
    Och bygger fyndet för LEV-08 på uppgiften adress från "Bolagsverket" hämtad 2026-11-02
    Och slutsatsen signal_postadress_saknas gäller

  @godtagbart
  Scenario: Källan har en fullständig postadress
    När leverantören granskas
    Så ger regeln LEV-08 inget fynd
    Och slutsatsen signal_postadress_saknas gäller inte

  @okänd
  Scenario: Adressen är inte hämtad: ingen signal, men underlag saknas
    Givet att uppgiften adress inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-08 utfallet "underlag saknas"
    Och slutsatsen signal_postadress_saknas gäller inte
    Och är risknivån ett minimum eftersom uppgiften adress inte är hämtad
