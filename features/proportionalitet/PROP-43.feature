# language: sv
@PROP-43
Egenskap: PROP-43 LUK: tiden för ansökan är kortare än 30 dagar
  Enligt LUK ska tiden för ansökningar, också när anbud lämnas med ansökan,
  vara minst 30 dagar från det att koncessionsannonsen skickades
  (regelreferensen X-03). LOU:s tidsfrister gäller inte.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att lagrum är "LUK"
    Och att förfarande är "förhandlat med föregående annonsering"
    Och att annonseringsdatum är 2026-03-02

  @brist
  Scenario: Tiden för ansökan är 29 dagar
    Givet att sista_anbudsdag är 2026-03-31
    När underlaget granskas
    Så ger regeln PROP-43 utfallet "fel"
    Och meddelandet för PROP-43 innehåller "Tiden för ansökan är 29 dagar"

  @godtagbart
  Scenario: Tiden för ansökan är exakt 30 dagar
    Givet att sista_anbudsdag är 2026-04-01
    När underlaget granskas
    Så ger regeln PROP-43 inget fynd

  @godtagbart
  Scenario: En koncession som tilldelas utan föregående annonsering har ingen ansökningstid
    Givet att förfarande är "förhandlat utan föregående annonsering"
    Och att sista_anbudsdag är 2026-03-10
    När underlaget granskas
    Så ger regeln PROP-43 inget fynd

  @okänd
  Scenario: Förfarandet är okänt och tiden är 20 dagar
    Givet att förfarande inte är känt
    Och att sista_anbudsdag är 2026-03-22
    När underlaget granskas
    Så ger regeln PROP-43 utfallet "underlag saknas"
    Och fyndet för PROP-43 gäller fältet "förfarande"
