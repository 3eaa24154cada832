# language: sv
@LEV-32
Egenskap: LEV-32 Under tröskelvärdet är även de obligatoriska grunderna fakultativa
  I en upphandling enligt 19 kap. (under tröskelvärdet, bilaga 2-tjänster,
  direktupphandling) får myndigheten, men måste inte, utesluta av de skäl som
  ovan tröskelvärdet är obligatoriska. Samma tidsgräns och samma undantag för
  betalda skulder gäller (regelreferensen X-10, X-12).

  Bakgrund:
    Givet en leverantör
    Och att leverantören granskas mot ett förfrågningsunderlag

  @brist
  Scenariomall: Dom för bedrägeri mot EU:s finansiella intressen i en upphandling enligt 19 kap.
    Givet att upphandlingens regim är "<regim>"
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"                                 |
      | brott               | "bedrägeri mot EU:s finansiella intressen" |
      | lagakraftvunnen_dom | ja                                         |
      | lagakraft_datum     | 2025-02-10                                 |
    När leverantören granskas
    Så ger regeln LEV-32 utfallet "bedömning krävs"
    Och meddelandet för LEV-32 innehåller "följer <regim>"

    Exempel:
      | regim             |
      | 19 kap.           |
      | direktupphandling |

  @brist
  Scenario: En bilaga 2-tjänst som annonseras enligt 19 kap.
    Givet att upphandlingens regim är "19 kap."
    Och att upphandlingens bilaga_2_tjänst är ja
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | lagakraft_datum     | 2025-02-10     |
    När leverantören granskas
    Så ger regeln LEV-32 utfallet "bedömning krävs"

  @godtagbart
  Scenario: Domen vann laga kraft för mer än fem år sedan, också under tröskelvärdet
    Givet att upphandlingens regim är "19 kap."
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | lagakraft_datum     | 2019-02-10     |
    När leverantören granskas
    Så ger regeln LEV-32 inget fynd

  @okänd
  Scenario: En fastställd skatteskuld under tröskelvärdet, men det framgår inte om en betalningsöverenskommelse finns
    Givet att upphandlingens regim är "19 kap."
    Och uppgiften skulder_kronofogden har ett element:
      | slag       | "skatter och avgifter" |
      | belopp     | 240 000 kr             |
      | datum      | 2026-06-01             |
      | fastställd | ja                     |
      | betald     | nej                    |
    Och att uppgiften skulder_kronofogden[0].betalningsöverenskommelse inte är känd
    När leverantören granskas
    Så ger regeln LEV-32 utfallet "underlag saknas"

  @godtagbart
  Scenario: Samma dom i en direktivstyrd upphandling gäller LEV-30, inte LEV-32
    Givet att upphandlingens regim är "direktivstyrd"
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"                                 |
      | brott               | "bedrägeri mot EU:s finansiella intressen" |
      | lagakraftvunnen_dom | ja                                         |
      | lagakraft_datum     | 2025-02-10                                 |
    När leverantören granskas
    Så ger regeln LEV-32 inget fynd

  @godtagbart
  Scenario: Dom för skattebrott under tröskelvärdet är inte en obligatorisk grund
    Givet att upphandlingens regim är "19 kap."
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"    |
      | brott               | "skattebrott" |
      | lagakraftvunnen_dom | ja            |
    När leverantören granskas
    Så ger regeln LEV-32 inget fynd

  @godtagbart
  Scenario: En skatteskuld som inte är fastställd, under tröskelvärdet
    Givet att upphandlingens regim är "19 kap."
    Och uppgiften skulder_kronofogden har ett element:
      | slag       | "skatter och avgifter" |
      | belopp     | 240 000 kr             |
      | datum      | 2026-06-01             |
      | fastställd | nej                    |
    När leverantören granskas
    Så ger regeln LEV-32 inget fynd

  @godtagbart
  Scenario: Inga rättsliga förfaranden och inga skulder, under tröskelvärdet
    Givet att upphandlingens regim är "19 kap."
    När leverantören granskas
    Så ger regeln LEV-32 inget fynd

  @okänd
  Scenario: Det framgår inte om upphandlingen görs under tröskelvärdet, och leverantören är dömd för penningtvätt
    Givet att upphandlingens regim inte är känd
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | lagakraft_datum     | 2025-02-10     |
    När leverantören granskas
    Så ger regeln LEV-32 utfallet "underlag saknas"
    Och fyndet för LEV-32 gäller fältet "upphandling.regim"

  @okänd
  Scenario: De rättsliga förfarandena är inte hämtade i en upphandling enligt 19 kap.
    Givet att upphandlingens regim är "19 kap."
    Och att uppgiften rättsliga_förfaranden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-32 utfallet "underlag saknas"
    Och fyndet för LEV-32 gäller fältet "rättsliga_förfaranden"

  @okänd
  Scenario: En fastställd, obetald skatteskuld räcker för en bedömning, fast domarna inte är hämtade
    Givet att upphandlingens regim är "19 kap."
    Och att uppgiften rättsliga_förfaranden inte är hämtad
    Och uppgiften skulder_kronofogden har ett element:
      | slag                      | "skatter och avgifter" |
      | belopp                    | 240 000 kr             |
      | datum                     | 2026-06-01             |
      | fastställd                | ja                     |
      | betald                    | nej                    |
      | betalningsöverenskommelse | nej                    |
    När leverantören granskas
    Så ger regeln LEV-32 utfallet "bedömning krävs"

  @okänd
  Scenario: Regimen är okänd, men leverantören har varken domar eller skatteskulder
    Givet att upphandlingens regim inte är känd
    När leverantören granskas
    Så ger regeln LEV-32 inget fynd

  @okänd
  Scenario: I en direktivstyrd upphandling spelar de ohämtade domarna ingen roll för LEV-32
    Givet att upphandlingens regim är "direktivstyrd"
    Och att uppgiften rättsliga_förfaranden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-32 inget fynd
