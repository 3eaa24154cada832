# language: sv
@PROP-10
Egenskap: PROP-10 Tiden för anbudsansökan i selektivt eller förhandlat förfarande är för kort
  Över tröskelvärdet ska leverantörerna ha minst 30 dagar från det att annonsen
  skickades på sig att ansöka om att få delta i ett selektivt eller förhandlat
  förfarande, en konkurrenspräglad dialog eller ett innovationspartnerskap.
  Vid vederbörligen motiverad brådska räcker 15 dagar, men bara i selektivt och
  förhandlat förfarande.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att förfarande är "selektivt"
    Och att annonseringsdatum är 2026-03-02

  @brist
  Scenario: Tiden för anbudsansökan i ett selektivt förfarande är 25 dagar
    Givet att sista_ansökningsdag är 2026-03-27
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "fel"
    Och meddelandet för PROP-10 innehåller "Tiden för anbudsansökan är 25 dagar"
    Och meddelandet för PROP-10 innehåller "lägsta tillåtna är 30 dagar"
    Och fyndet för PROP-10 gäller fältet "sista_ansökningsdag"

  @brist
  Scenario: Tiden för anbudsansökan i ett förhandlat förfarande är 20 dagar
    Givet att förfarande är "förhandlat med föregående annonsering"
    Och att sista_ansökningsdag är 2026-03-22
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "fel"

  @godtagbart
  Scenario: Tiden för anbudsansökan är exakt 30 dagar
    Givet att sista_ansökningsdag är 2026-04-01
    När underlaget granskas
    Så ger regeln PROP-10 inget fynd

  @godtagbart
  Scenario: Tiden för anbudsansökan är 15 dagar vid motiverad brådska i ett selektivt förfarande
    Givet att brådskande är ja
    Och att sista_ansökningsdag är 2026-03-17
    När underlaget granskas
    Så ger regeln PROP-10 inget fynd

  @brist
  Scenario: Tiden för anbudsansökan är 14 dagar trots motiverad brådska
    Givet att brådskande är ja
    Och att sista_ansökningsdag är 2026-03-16
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "fel"

  @brist
  Scenario: Brådska förkortar inte tiden i en konkurrenspräglad dialog
    Givet att förfarande är "konkurrenspräglad dialog"
    Och att brådskande är ja
    Och att sista_ansökningsdag är 2026-03-17
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "fel"

  @okänd
  Scenario: Sista dag för anbudsansökan är inte känd
    Givet att sista_ansökningsdag inte är känd
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "underlag saknas"
    Och fyndet för PROP-10 gäller fältet "sista_ansökningsdag"
    Och saknas uppgiften sista_ansökningsdag för PROP-10

  @okänd
  Scenario: Tjugo dagar för anbudsansökan räcker bara om brådskan är motiverad
    Givet att sista_ansökningsdag är 2026-03-22
    Och att brådskande inte är känt
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "underlag saknas"
    Och fyndet för PROP-10 gäller fältet "brådskande"
    Och saknas uppgiften brådskande för PROP-10

  @okänd
  Scenario: Fjorton dagar för anbudsansökan är för kort, vare sig brådska åberopas eller inte
    Givet att sista_ansökningsdag är 2026-03-16
    Och att brådskande inte är känt
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "fel"
    Och meddelandet för PROP-10 innehåller "Tiden för anbudsansökan är 14 dagar"

  @okänd
  Scenario: I en konkurrenspräglad dialog spelar det ingen roll om brådska åberopas
    Givet att förfarande är "konkurrenspräglad dialog"
    Och att sista_ansökningsdag är 2026-03-22
    Och att brådskande inte är känt
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "fel"

  @godtagbart
  Scenario: 25 dagars tid för anbudsansökan enligt LUF ger inget fel enligt LOU:s regel
    Givet att lagrum är "LUF"
    Och att sista_anbudsdag är 2026-03-27
    När underlaget granskas
    Så ger regeln PROP-10 inget fynd

  @godtagbart
  Scenario: 25 dagars tid för anbudsansökan enligt LUK ger inget fel enligt LOU:s regel
    Givet att lagrum är "LUK"
    Och att sista_anbudsdag är 2026-03-27
    När underlaget granskas
    Så ger regeln PROP-10 inget fynd

  @okänd
  Scenario: Lagrummet är okänt, så det framgår inte om LOU:s regel gäller för 25 dagars tid för anbudsansökan
    Givet att lagrum inte är känt
    Och att sista_anbudsdag är 2026-03-27
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "underlag saknas"
    Och fyndet för PROP-10 gäller fältet "lagrum"
