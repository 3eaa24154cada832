# language: sv
@LEV-30
Egenskap: LEV-30 Obligatorisk uteslutning: dom för brott
  Ovan tröskelvärdet, och när leverantören granskas utan en upphandling, ska en
  leverantör som är dömd genom lagakraftvunnen dom för något av brotten i 13
  kap. 1 § LOU uteslutas. Under tröskelvärdet gäller LEV-32.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenariomall: Företaget är dömt för ett brott i den obligatoriska listan
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag               | "brottmål"   |
      | brott              | "<brott>"    |
      | lagakraftvunnen_dom | ja          |
      | datum              | 2025-03-12   |
    När leverantören granskas
    Så ger regeln LEV-30 utfallet "fel"
    Och meddelandet för LEV-30 innehåller "13 kap. 1 § LOU"
    Och bygger fyndet för LEV-30 på uppgiften rättsliga_förfaranden från "domstol" hämtad 2026-11-02

    Exempel:
      | brott                     |
      | organiserad brottslighet  |
      | bestickning               |
      | bedrägeri                 |
      | terroristbrott            |
      | penningtvätt              |
      | finansiering av terrorism |
      | människohandel            |

  @brist
  Scenario: En företrädare är dömd för penningtvätt, granskad mot en direktivstyrd upphandling
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens regim är "direktivstyrd"
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | gäller              | "företrädare"  |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
    När leverantören granskas
    Så ger regeln LEV-30 utfallet "fel"

  @godtagbart
  Scenariomall: Företaget är dömt för ett brott utanför den obligatoriska listan
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål" |
      | brott               | "<brott>"  |
      | lagakraftvunnen_dom | ja         |
    När leverantören granskas
    Så ger regeln LEV-30 inget fynd

    Exempel:
      | brott            |
      | skattebrott      |
      | arbetsmiljöbrott |
      | annat brott      |

  @godtagbart
  Scenario: Brottmålet om bestickning har ingen lagakraftvunnen dom
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"    |
      | brott               | "bestickning" |
      | lagakraftvunnen_dom | nej           |
    När leverantören granskas
    Så ger regeln LEV-30 inget fynd

  @godtagbart
  Scenariomall: Under tröskelvärdet är grunden fakultativ och LEV-30 prövas inte
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens regim är "<regim>"
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"  |
      | brott               | "bedrägeri" |
      | lagakraftvunnen_dom | ja          |
    När leverantören granskas
    Så ger regeln LEV-30 inget fynd

    Exempel:
      | regim             |
      | 19 kap.           |
      | bilaga 2-tjänst   |
      | direktupphandling |

  @okänd
  Scenario: De rättsliga förfarandena är inte hämtade
    Givet att uppgiften rättsliga_förfaranden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-30 utfallet "underlag saknas"

  @godtagbart
  Scenario: Uppgiften saknas, men under tröskelvärdet prövas regeln inte alls
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens regim är "19 kap."
    Och att uppgiften rättsliga_förfaranden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-30 inget fynd
