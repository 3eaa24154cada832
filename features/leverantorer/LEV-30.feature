# language: sv
@LEV-30
Egenskap: LEV-30 Obligatorisk uteslutning: dom för brott
  Ovan tröskelvärdet, och när leverantören granskas utan en upphandling, ska en
  leverantör som är dömd genom lagakraftvunnen dom för något av brotten i 13
  kap. 1 § LOU uteslutas. Bedrägeri och bestickning avses i sin EU-rättsliga
  betydelse (regelreferensen X-11), och sedan 2022-07-01 utesluter en dom bara
  i fem år från att den vann laga kraft (X-10). Granskningsdagen är 2026-11-16.
  Under tröskelvärdet gäller LEV-32.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenariomall: Företaget är dömt för ett brott i den obligatoriska listan, för två år sedan
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"   |
      | brott               | "<brott>"    |
      | lagakraftvunnen_dom | ja           |
      | datum               | 2024-09-12   |
      | lagakraft_datum     | 2024-10-03   |
    När leverantören granskas
    Så ger regeln LEV-30 utfallet "fel"
    Och meddelandet för LEV-30 innehåller "13 kap. 1 § LOU"
    Och bygger fyndet för LEV-30 på uppgiften rättsliga_förfaranden från "domstol" hämtad 2026-11-02

    Exempel:
      | brott                                  |
      | organiserad brottslighet               |
      | bestickning i EU-rättslig mening       |
      | bedrägeri mot EU:s finansiella intressen |
      | terroristbrott                         |
      | penningtvätt                           |
      | finansiering av terrorism              |
      | människohandel                         |

  @brist
  Scenario: En företrädare är dömd för penningtvätt, granskad mot en direktivstyrd upphandling
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens regim är "direktivstyrd"
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | gäller              | "företrädare"  |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | lagakraft_datum     | 2023-02-01     |
    När leverantören granskas
    Så ger regeln LEV-30 utfallet "fel"

  @brist
  Scenario: Domen vann laga kraft för fyra år och elva månader sedan
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"                               |
      | brott               | "bedrägeri mot EU:s finansiella intressen" |
      | lagakraftvunnen_dom | ja                                       |
      | lagakraft_datum     | 2021-12-20                               |
    När leverantören granskas
    Så ger regeln LEV-30 utfallet "fel"

  @godtagbart
  Scenario: Domen för bedrägeri mot EU:s finansiella intressen vann laga kraft 2014: fem år har gått
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"                               |
      | brott               | "bedrägeri mot EU:s finansiella intressen" |
      | lagakraftvunnen_dom | ja                                       |
      | datum               | 2014-03-10                               |
      | lagakraft_datum     | 2014-04-01                               |
    När leverantören granskas
    Så ger regeln LEV-30 inget fynd

  @godtagbart
  Scenario: En dom för bedrägeri 2014 ger inget fel: brottet är inte det EU-rättsliga, och fem år har gått
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"  |
      | brott               | "bedrägeri" |
      | lagakraftvunnen_dom | ja          |
      | datum               | 2014-03-10  |
      | lagakraft_datum     | 2014-04-01  |
    När leverantören granskas
    Så ger regeln LEV-30 inget fynd
    Och ger regeln LEV-37 inget fynd

  @godtagbart
  Scenario: En svensk dom för bedrägeri är ingen obligatorisk grund i sig; den bedöms i LEV-37
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"  |
      | brott               | "bedrägeri" |
      | lagakraftvunnen_dom | ja          |
      | lagakraft_datum     | 2025-05-05  |
    När leverantören granskas
    Så ger regeln LEV-30 inget fynd

  @godtagbart
  Scenariomall: Företaget är dömt för ett brott utanför den obligatoriska listan
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål" |
      | brott               | "<brott>"  |
      | lagakraftvunnen_dom | ja         |
      | lagakraft_datum     | 2025-05-05 |
    När leverantören granskas
    Så ger regeln LEV-30 inget fynd

    Exempel:
      | brott            |
      | bestickning      |
      | skattebrott      |
      | arbetsmiljöbrott |
      | annat brott      |

  @godtagbart
  Scenario: Brottmålet om bestickning i EU-rättslig mening har ingen lagakraftvunnen dom
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"                         |
      | brott               | "bestickning i EU-rättslig mening" |
      | lagakraftvunnen_dom | nej                                |
    När leverantören granskas
    Så ger regeln LEV-30 inget fynd

  @godtagbart
  Scenariomall: Under tröskelvärdet är grunden fakultativ och LEV-30 prövas inte
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens regim är "<regim>"
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"                               |
      | brott               | "bedrägeri mot EU:s finansiella intressen" |
      | lagakraftvunnen_dom | ja                                       |
      | lagakraft_datum     | 2025-05-05                               |
    När leverantören granskas
    Så ger regeln LEV-30 inget fynd

    Exempel:
      | regim             |
      | 19 kap.           |
      | direktupphandling |

  @brist
  Scenario: Före 2022-07-01 fanns ingen tidsgräns i LOU
    Givet att granskningsdagen är 2022-03-01
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | lagakraft_datum     | 2012-06-01     |
    När leverantören granskas
    Så ger regeln LEV-30 utfallet "fel"

  @okänd
  Scenario: De rättsliga förfarandena är inte hämtade
    Givet att uppgiften rättsliga_förfaranden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-30 utfallet "underlag saknas"

  @okänd
  Scenario: Domen meddelades 2019 och det framgår inte när den vann laga kraft
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | datum               | 2019-11-04     |
    Och att uppgiften rättsliga_förfaranden[0].lagakraft_datum inte är känd
    När leverantören granskas
    Så ger regeln LEV-30 utfallet "underlag saknas"
    Och fyndet för LEV-30 gäller fältet "rättsliga_förfaranden[0].lagakraft_datum"

  @okänd
  Scenario: Domen meddelades för ett år sedan, så fem år kan inte ha gått sedan den vann laga kraft
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | datum               | 2025-11-04     |
    Och att uppgiften rättsliga_förfaranden[0].lagakraft_datum inte är känd
    När leverantören granskas
    Så ger regeln LEV-30 utfallet "fel"

  @brist
  Scenario: Fem år räknat i dagar: dagen då gränsen kan ha nåtts ger bedömning krävs
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | lagakraft_datum     | 2021-11-15     |
    När leverantören granskas
    Så ger regeln LEV-30 utfallet "bedömning krävs"

  @godtagbart
  Scenario: Uppgiften saknas, men under tröskelvärdet prövas regeln inte alls
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens regim är "19 kap."
    Och att uppgiften rättsliga_förfaranden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-30 inget fynd
