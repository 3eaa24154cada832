# language: sv
@LEV-22
Egenskap: LEV-22 Ingen eller en varningssignal: affären kan gå vidare
  Med ingen eller en varningssignal, och ingen med extra hög risk, kan affären
  gå vidare.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Inga signaler
    När leverantören granskas
    Så ger regeln LEV-22 utfallet "info"
    Och meddelandet för LEV-22 innehåller "ingen eller en varningssignal"
    Och är risknivån "ingen eller en varningssignal"

  @brist
  Scenario: Exakt en signal
    Givet att uppgiften status är "vilande"
    När leverantören granskas
    Så ger regeln LEV-22 utfallet "info"
    Och är risknivån "ingen eller en varningssignal"

  @godtagbart
  Scenario: Exakt två signaler
    Givet att uppgiften status är "vilande"
    Och att uppgiften företag_på_adressen är 20
    När leverantören granskas
    Så ger regeln LEV-22 inget fynd
    Och är risknivån "flera varningssignaler"

  @godtagbart
  Scenario: En c/o-adress ensam
    Givet att uppgiften adress.typ är "c/o"
    När leverantören granskas
    Så ger regeln LEV-22 inget fynd
    Och är risknivån "extra hög risk"

  @okänd
  Scenario: Ingen signal, och en signals uppgift är inte hämtad: nivån är ändå avgjord
    Givet att uppgiften registreringsdatum inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-22 utfallet "info"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån säker: en enda okänd signal kan inte ge flera varningssignaler

  @okänd
  Scenario: Ingen signal, men två signalers uppgifter är inte hämtade
    Givet att uppgiften registreringsdatum inte är hämtad
    Och att uppgiften verksamhetslokal inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-22 utfallet "underlag saknas"
    Och fyndet för LEV-22 gäller fältet "registreringsdatum"
    Och fyndet för LEV-22 gäller fältet "verksamhetslokal"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån ett minimum eftersom uppgiften registreringsdatum inte är hämtad
    Och är risknivån ett minimum eftersom uppgiften verksamhetslokal inte är hämtad
