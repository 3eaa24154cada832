# language: sv
@PROP-06
Egenskap: PROP-06 Skäl ska anges när kontraktet inte delas upp
  Över tröskelvärdet ska myndigheten överväga att dela upp kontraktet i
  delkontrakt. Den behöver inte dela upp det, men gör den inte det ska skälen
  anges i upphandlingsdokumenten eller i den individuella rapporten.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Kontraktet delas inte upp och inga skäl anges
    Givet underlaget har inga delkontrakt
    När underlaget granskas
    Så ger regeln PROP-06 utfallet "fel"
    Och meddelandet för PROP-06 innehåller "inte uppdelat (0 delkontrakt)"
    Och fyndet för PROP-06 gäller fältet "skäl_mot_uppdelning"

  @godtagbart
  Scenario: Kontraktet delas inte upp men skälen anges
    Givet underlaget har inga delkontrakt
    Och att skäl_mot_uppdelning är "Tjänsten omfattar en enda byggnad och en uppdelning skulle ge dubbla etableringskostnader och otydligt ansvar."
    När underlaget granskas
    Så ger regeln PROP-06 inget fynd

  @godtagbart
  Scenario: Kontraktet är uppdelat i två geografiska delkontrakt
    Givet underlaget har inga delkontrakt
    Och underlaget har ett delkontrakt:
      | namn | "Område norr" |
    Och underlaget har ett delkontrakt:
      | namn | "Område söder" |
    När underlaget granskas
    Så ger regeln PROP-06 inget fynd

  @godtagbart
  Scenario: Under tröskelvärdet behöver skäl mot uppdelning inte anges
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    Och underlaget har inga delkontrakt
    När underlaget granskas
    Så ger regeln PROP-06 inget fynd

  @brist
  Scenario: Ett enda delkontrakt är ingen uppdelning
    Givet underlaget har inga delkontrakt
    Och underlaget har ett delkontrakt:
      | namn | "Hela kommunen" |
    När underlaget granskas
    Så ger regeln PROP-06 utfallet "fel"
    Och meddelandet för PROP-06 innehåller "1 delkontrakt"

  @okänd
  Scenario: Det framgår inte om kontraktet är uppdelat i delkontrakt
    Givet att delkontrakt inte är kända
    När underlaget granskas
    Så ger regeln PROP-06 utfallet "underlag saknas"
    Och fyndet för PROP-06 gäller fältet "delkontrakt"
    Och saknas uppgiften delkontrakt för PROP-06

  @okänd
  Scenario: Kontraktet delas inte upp och skälen står i den individuella rapporten, som inte har lästs
    Givet underlaget har inga delkontrakt
    Och att skäl_mot_uppdelning inte är kända
    När underlaget granskas
    Så ger regeln PROP-06 utfallet "underlag saknas"
    Och fyndet för PROP-06 gäller fältet "skäl_mot_uppdelning"
    Och saknas uppgiften skäl_mot_uppdelning för PROP-06

  @okänd
  Scenario: Kontraktet är uppdelat i två områden, så skälen mot uppdelning behövs inte
    Givet att skäl_mot_uppdelning inte är kända
    När underlaget granskas
    Så ger regeln PROP-06 inget fynd

  @okänd
  Scenario: Skälen mot uppdelning anges, så uppdelningen behöver inte vara känd
    Givet att delkontrakt inte är kända
    Och att skäl_mot_uppdelning är "Tjänsten omfattar en enda byggnad och en uppdelning skulle ge dubbla etableringskostnader."
    När underlaget granskas
    Så ger regeln PROP-06 inget fynd

  @brist
  Scenario: Skyldigheten att ange skäl gäller också enligt LUF
    Givet att lagrum är "LUF"
    Och underlaget har inga delkontrakt
    När underlaget granskas
    Så ger regeln PROP-06 utfallet "fel"

  @godtagbart
  Scenario: En koncession enligt LUK som inte delas upp ger inget fel enligt LOU:s regel
    Givet att lagrum är "LUK"
    Och underlaget har inga delkontrakt
    När underlaget granskas
    Så ger regeln PROP-06 inget fynd

  @okänd
  Scenario: Lagrummet är okänt för ett kontrakt som inte delas upp
    Givet att lagrum inte är känt
    Och underlaget har inga delkontrakt
    När underlaget granskas
    Så ger regeln PROP-06 utfallet "underlag saknas"
    Och fyndet för PROP-06 gäller fältet "lagrum"
