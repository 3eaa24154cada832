# language: sv
@LEV-22
Egenskap: LEV-22 Ingen eller en varningssignal
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

  @godtagbart
  Scenario: En leverantör som ska uteslutas får aldrig beskedet att affären kan gå vidare
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | lagakraft_datum     | 2025-01-20     |
    När leverantören granskas
    Så ger regeln LEV-22 inget fynd
    Och är risknivån "ingen eller en varningssignal"

  @godtagbart
  Scenario: En obetald, fastställd skatteskuld utan överenskommelse: affären kan inte gå vidare
    Givet uppgiften skulder_kronofogden har ett element:
      | slag                      | "skatter och avgifter" |
      | belopp                    | 240 000 kr             |
      | datum                     | 2026-06-01             |
      | fastställd                | ja                     |
      | betald                    | nej                    |
      | betalningsöverenskommelse | nej                    |
    När leverantören granskas
    Så ger regeln LEV-22 inget fynd

  @godtagbart
  Scenario: Inga signaler hos leverantören, men en underleverantör har extra hög risk
    Givet att leverantören har 1 led underleverantörer
    Och att underleverantören i led 1 har uppgiften adress.typ = "c/o"
    När leverantören granskas
    Så ger regeln LEV-22 inget fynd
    Och är den samlade risknivån "extra hög risk"

  @brist
  Scenario: Under tröskelvärdet är grunden fakultativ och affären kan gå vidare efter en bedömning
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens regim är "19 kap."
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | lagakraft_datum     | 2025-01-20     |
    När leverantören granskas
    Så ger regeln LEV-22 utfallet "info"

  @okänd
  Scenario: Domens dag är okänd, så det framgår inte om leverantören ska uteslutas
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | datum               | 2019-03-01     |
    Och att uppgiften rättsliga_förfaranden[0].lagakraft_datum inte är känd
    När leverantören granskas
    Så ger regeln LEV-22 utfallet "underlag saknas"
    Och fyndet för LEV-22 gäller fältet "rättsliga_förfaranden[0].lagakraft_datum"
