# language: sv
@LEV-31
Egenskap: LEV-31 Obligatorisk uteslutning: obetalda skatter eller socialförsäkringsavgifter
  Ovan tröskelvärdet, och utan en upphandling, ska en leverantör uteslutas när
  skulden för skatter och avgifter är fastställd genom ett lagakraftvunnet
  avgörande, om den inte är betald och ingen bindande betalningsöverenskommelse
  finns (regelreferensen X-12). En skuld som inte är fastställd prövas i LEV-33.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: En fastställd, obetald skatteskuld hos Kronofogden utan betalningsöverenskommelse
    Givet uppgiften skulder_kronofogden har ett element:
      | slag                      | "skatter och avgifter" |
      | belopp                    | 240 000 kr             |
      | datum                     | 2026-06-01             |
      | fastställd                | ja                     |
      | betald                    | nej                    |
      | betalningsöverenskommelse | nej                    |
    När leverantören granskas
    Så ger regeln LEV-31 utfallet "fel"
    Och meddelandet för LEV-31 innehåller "fastställda genom ett lagakraftvunnet avgörande"
    Och bygger fyndet för LEV-31 på uppgiften skulder_kronofogden från "Kronofogden" hämtad 2026-11-02

  @brist
  Scenario: En fastställd skatteskuld, granskad mot en direktivstyrd upphandling
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och uppgiften skulder_kronofogden har ett element:
      | slag                      | "skatter och avgifter" |
      | belopp                    | 240 000 kr             |
      | datum                     | 2026-06-01             |
      | fastställd                | ja                     |
      | betald                    | nej                    |
      | betalningsöverenskommelse | nej                    |
    När leverantören granskas
    Så ger regeln LEV-31 utfallet "fel"

  @godtagbart
  Scenario: Leverantören har träffat en bindande betalningsöverenskommelse
    Givet uppgiften skulder_kronofogden har ett element:
      | slag                      | "skatter och avgifter" |
      | belopp                    | 240 000 kr             |
      | datum                     | 2026-06-01             |
      | fastställd                | ja                     |
      | betald                    | nej                    |
      | betalningsöverenskommelse | ja                     |
    När leverantören granskas
    Så ger regeln LEV-31 inget fynd

  @godtagbart
  Scenario: Leverantören har betalat skulden
    Givet uppgiften skulder_kronofogden har ett element:
      | slag       | "skatter och avgifter" |
      | belopp     | 240 000 kr             |
      | datum      | 2026-06-01             |
      | fastställd | ja                     |
      | betald     | ja                     |
    När leverantören granskas
    Så ger regeln LEV-31 inget fynd

  @godtagbart
  Scenario: Skatteskulden är inte fastställd
    Givet uppgiften skulder_kronofogden har ett element:
      | slag       | "skatter och avgifter" |
      | belopp     | 240 000 kr             |
      | datum      | 2026-06-01             |
      | fastställd | nej                    |
    När leverantören granskas
    Så ger regeln LEV-31 inget fynd

  @godtagbart
  Scenario: En fastställd skuld som inte gäller skatter och avgifter
    Givet uppgiften skulder_kronofogden har ett element:
      | slag       | "enskilda mål" |
      | belopp     | 80 000 kr      |
      | datum      | 2026-06-01     |
      | fastställd | ja             |
    När leverantören granskas
    Så ger regeln LEV-31 inget fynd

  @godtagbart
  Scenario: Under tröskelvärdet prövas LEV-31 inte
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens regim är "19 kap."
    Och uppgiften skulder_kronofogden har ett element:
      | slag                      | "skatter och avgifter" |
      | belopp                    | 240 000 kr             |
      | datum                     | 2026-06-01             |
      | fastställd                | ja                     |
      | betald                    | nej                    |
      | betalningsöverenskommelse | nej                    |
    När leverantören granskas
    Så ger regeln LEV-31 inget fynd

  @okänd
  Scenario: Skulderna hos Kronofogden är inte hämtade
    Givet att uppgiften skulder_kronofogden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-31 utfallet "underlag saknas"

  @okänd
  Scenario: En fastställd skuld, men det framgår inte om en betalningsöverenskommelse finns
    Givet uppgiften skulder_kronofogden har ett element:
      | slag       | "skatter och avgifter" |
      | belopp     | 240 000 kr             |
      | datum      | 2026-06-01             |
      | fastställd | ja                     |
      | betald     | nej                    |
    Och att uppgiften skulder_kronofogden[0].betalningsöverenskommelse inte är känd
    När leverantören granskas
    Så ger regeln LEV-31 utfallet "underlag saknas"
    Och fyndet för LEV-31 gäller fältet "skulder_kronofogden[0].betalningsöverenskommelse"
