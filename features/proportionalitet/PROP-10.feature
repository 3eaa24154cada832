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
    Givet att sista_anbudsdag är 2026-03-27
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "fel"
    Och meddelandet för PROP-10 innehåller "Tiden för anbudsansökan är 25 dagar"
    Och meddelandet för PROP-10 innehåller "lägsta tillåtna är 30 dagar"
    Och fyndet för PROP-10 gäller fältet "sista_anbudsdag"

  @brist
  Scenario: Tiden för anbudsansökan i ett förhandlat förfarande är 20 dagar
    Givet att förfarande är "förhandlat med föregående annonsering"
    Och att sista_anbudsdag är 2026-03-22
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "fel"

  @godtagbart
  Scenario: Tiden för anbudsansökan är exakt 30 dagar
    Givet att sista_anbudsdag är 2026-04-01
    När underlaget granskas
    Så ger regeln PROP-10 inget fynd

  @godtagbart
  Scenario: Tiden för anbudsansökan är 15 dagar vid motiverad brådska i ett selektivt förfarande
    Givet att brådskande är ja
    Och att sista_anbudsdag är 2026-03-17
    När underlaget granskas
    Så ger regeln PROP-10 inget fynd

  @brist
  Scenario: Tiden för anbudsansökan är 14 dagar trots motiverad brådska
    Givet att brådskande är ja
    Och att sista_anbudsdag är 2026-03-16
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "fel"

  @brist
  Scenario: Brådska förkortar inte tiden i en konkurrenspräglad dialog
    Givet att förfarande är "konkurrenspräglad dialog"
    Och att brådskande är ja
    Och att sista_anbudsdag är 2026-03-17
    När underlaget granskas
    Så ger regeln PROP-10 utfallet "fel"
