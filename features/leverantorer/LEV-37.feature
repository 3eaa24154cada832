# language: sv
@LEV-37
Egenskap: LEV-37 Dom för bedrägeri eller bestickning: avgör om brottet är det som 13 kap. 1 § LOU avser
  Bedrägeri och bestickning i 13 kap. 1 § LOU betyder brotten i EU-rättslig
  mening (regelreferensen X-11). En svensk dom för bedrägeri eller bestickning
  är därför ingen obligatorisk uteslutningsgrund i sig, utan som mest en
  fakultativ grund som myndigheten måste bedöma, så länge domen kan vara en grund
  (fem år från att den vann laga kraft, X-10). Granskningsdagen är 2026-11-16.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenariomall: Företaget dömdes för <brott> 2025
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"  |
      | brott               | "<brott>"   |
      | lagakraftvunnen_dom | ja          |
      | datum               | 2025-03-03  |
      | lagakraft_datum     | 2025-04-01  |
    När leverantören granskas
    Så ger regeln LEV-37 utfallet "bedömning krävs"
    Och meddelandet för LEV-37 innehåller "bara om brottet är det som EU-rätten avser"
    Och ger regeln LEV-30 inget fynd

    Exempel:
      | brott       |
      | bedrägeri   |
      | bestickning |

  @godtagbart
  Scenario: Domen för bedrägeri vann laga kraft 2014: den kan inte längre leda till uteslutning
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"  |
      | brott               | "bedrägeri" |
      | lagakraftvunnen_dom | ja          |
      | datum               | 2014-03-10  |
      | lagakraft_datum     | 2014-04-01  |
    När leverantören granskas
    Så ger regeln LEV-37 inget fynd

  @godtagbart
  Scenario: Bedrägeri mot EU:s finansiella intressen prövas i LEV-30, inte här
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"                                 |
      | brott               | "bedrägeri mot EU:s finansiella intressen" |
      | lagakraftvunnen_dom | ja                                         |
      | lagakraft_datum     | 2025-04-01                                 |
    När leverantören granskas
    Så ger regeln LEV-37 inget fynd

  @godtagbart
  Scenario: Brottmålet om bedrägeri har ingen lagakraftvunnen dom
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"  |
      | brott               | "bedrägeri" |
      | lagakraftvunnen_dom | nej         |
    När leverantören granskas
    Så ger regeln LEV-37 inget fynd

  @okänd
  Scenario: Domen för bestickning meddelades 2020, och det framgår inte när den vann laga kraft
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"    |
      | brott               | "bestickning" |
      | lagakraftvunnen_dom | ja            |
      | datum               | 2020-06-01    |
    Och att uppgiften rättsliga_förfaranden[0].lagakraft_datum inte är känd
    När leverantören granskas
    Så ger regeln LEV-37 utfallet "underlag saknas"
    Och fyndet för LEV-37 gäller fältet "rättsliga_förfaranden[0].lagakraft_datum"

  @okänd
  Scenario: De rättsliga förfarandena är inte hämtade
    Givet att uppgiften rättsliga_förfaranden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-37 utfallet "underlag saknas"
