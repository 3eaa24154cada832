# language: sv
@LEV-03
Egenskap: LEV-03 Varningssignal: telefonnummer saknas
  Signalen gäller när uppgiften har hämtats och källan saknar numret. Är
  uppgiften inte hämtad alls vet ingen om numret finns: underlag saknas.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Källan har inget telefonnummer till företaget
    Givet att uppgiften telefonnummer saknas i källan
    När leverantören granskas
    Så ger regeln LEV-03 utfallet "info"
    Och meddelandet för LEV-03 innehåller "Källan har inget telefonnummer"
    Och bygger fyndet för LEV-03 på uppgiften telefonnummer från "Bolagsverket" hämtad 2026-11-02
    Och slutsatsen signal_telefon_saknas gäller

  @godtagbart
  Scenario: Källan har ett telefonnummer
    Givet att uppgiften telefonnummer är "023-123 45"
    När leverantören granskas
    Så ger regeln LEV-03 inget fynd
    Och slutsatsen signal_telefon_saknas gäller inte

  @okänd
  Scenario: Telefonnumret är inte hämtat: ingen signal, men underlag saknas
    Givet att uppgiften telefonnummer inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-03 utfallet "underlag saknas"
    Och slutsatsen signal_telefon_saknas gäller inte
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån säker: en enda okänd signal kan inte ge flera varningssignaler
