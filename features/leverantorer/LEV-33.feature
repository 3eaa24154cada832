# language: sv
@LEV-33
Egenskap: LEV-33 Skulder för skatter och avgifter som inte är fastställda
  Myndigheten får utesluta en leverantör också när den på annat sätt kan visa
  att skatter eller avgifter inte har betalats.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: En skatteskuld som inte är fastställd
    Givet uppgiften skulder_kronofogden har ett element:
      | slag       | "skatter och avgifter" |
      | belopp     | 65 000 kr              |
      | datum                     | 2026-09-14             |
      | fastställd                | nej                    |
      | betald                    | nej                    |
      | betalningsöverenskommelse | nej                    |
    När leverantören granskas
    Så ger regeln LEV-33 utfallet "bedömning krävs"
    Och meddelandet för LEV-33 innehåller "inte är fastställda"

  @brist
  Scenario: En skatteskuld utan uppgift om fastställelse räknas som inte fastställd
    Givet uppgiften skulder_kronofogden har ett element:
      | slag                      | "skatter och avgifter" |
      | belopp                    | 65 000 kr              |
      | datum                     | 2026-09-14             |
      | betald                    | nej                    |
      | betalningsöverenskommelse | nej                    |
    När leverantören granskas
    Så ger regeln LEV-33 utfallet "bedömning krävs"

  @godtagbart
  Scenario: Skatteskulden är fastställd och prövas i LEV-31
    Givet uppgiften skulder_kronofogden har ett element:
      | slag       | "skatter och avgifter" |
      | belopp     | 65 000 kr              |
      | datum      | 2026-09-14             |
      | fastställd | ja                     |
    När leverantören granskas
    Så ger regeln LEV-33 inget fynd

  @godtagbart
  Scenario: En skuld i ett allmänt mål som inte gäller skatter
    Givet uppgiften skulder_kronofogden har ett element:
      | slag   | "allmänna mål" |
      | belopp | 4 000 kr       |
      | datum  | 2026-09-14     |
    När leverantören granskas
    Så ger regeln LEV-33 inget fynd

  @godtagbart
  Scenario: Inga skulder hos Kronofogden
    När leverantören granskas
    Så ger regeln LEV-33 inget fynd

  @okänd
  Scenario: Skulderna hos Kronofogden är inte hämtade
    Givet att uppgiften skulder_kronofogden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-33 utfallet "underlag saknas"

  @godtagbart
  Scenario: En skatteskuld som inte är fastställd, men leverantören har en bindande betalningsöverenskommelse
    Givet uppgiften skulder_kronofogden har ett element:
      | slag                      | "skatter och avgifter" |
      | belopp                    | 65 000 kr              |
      | datum                     | 2026-09-14             |
      | betald                    | nej                    |
      | betalningsöverenskommelse | ja                     |
    När leverantören granskas
    Så ger regeln LEV-33 inget fynd

  @okänd
  Scenario: En skatteskuld som inte är fastställd, och det framgår inte om den är betald
    Givet uppgiften skulder_kronofogden har ett element:
      | slag                      | "skatter och avgifter" |
      | belopp                    | 65 000 kr              |
      | datum                     | 2026-09-14             |
      | betalningsöverenskommelse | nej                    |
    Och att uppgiften skulder_kronofogden[0].betald inte är känd
    När leverantören granskas
    Så ger regeln LEV-33 utfallet "underlag saknas"
    Och fyndet för LEV-33 gäller fältet "skulder_kronofogden[0].betald"
