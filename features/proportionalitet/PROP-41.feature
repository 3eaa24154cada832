# language: sv
@PROP-41
Egenskap: PROP-41 LUF: tiden för anbudsansökan är kortare än 15 dagar
  Enligt LUF ska tiden för anbudsansökan i selektivt och förhandlat förfarande
  som huvudregel vara minst 30 dagar, och aldrig kortare än 15 dagar
  (regelreferensen X-03). LOU:s tidsfrister gäller inte.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att lagrum är "LUF"
    Och att förfarande är "selektivt"
    Och att annonseringsdatum är 2026-03-02

  @brist
  Scenario: Tiden för anbudsansökan är 14 dagar
    Givet att sista_ansökningsdag är 2026-03-16
    När underlaget granskas
    Så ger regeln PROP-41 utfallet "fel"
    Och meddelandet för PROP-41 innehåller "Tiden för anbudsansökan är 14 dagar"
    Och meddelandet för PROP-41 innehåller "aldrig vara kortare än 15 dagar"
    Och ger regeln PROP-10 inget fynd

  @brist
  Scenario: Tiden räknas till sista dag för anbudsansökan, inte till sista anbudsdag
    Givet att sista_ansökningsdag är 2026-03-12
    Och att sista_anbudsdag är 2026-04-20
    När underlaget granskas
    Så ger regeln PROP-41 utfallet "fel"
    Och meddelandet för PROP-41 innehåller "Tiden för anbudsansökan är 10 dagar"
    Och fyndet för PROP-41 gäller fältet "sista_ansökningsdag"

  @godtagbart
  Scenario: Tiden för anbudsansökan i ett förhandlat förfarande är exakt 15 dagar
    Givet att förfarande är "förhandlat med föregående annonsering"
    Och att sista_ansökningsdag är 2026-03-17
    När underlaget granskas
    Så ger regeln PROP-41 inget fynd

  @godtagbart
  Scenario: Samma korta tid i en upphandling enligt LOU prövas av PROP-10, inte här
    Givet att lagrum är "LOU"
    Och att sista_ansökningsdag är 2026-03-16
    När underlaget granskas
    Så ger regeln PROP-41 inget fynd

  @okänd
  Scenario: Lagrummet är okänt och tiden är 14 dagar
    Givet att lagrum inte är känt
    Och att sista_ansökningsdag är 2026-03-16
    När underlaget granskas
    Så ger regeln PROP-41 utfallet "underlag saknas"
    Och fyndet för PROP-41 gäller fältet "lagrum"
