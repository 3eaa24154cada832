# language: sv
@PROP-50
Egenskap: PROP-50 LUK: tiden för ansökan med anbud är kortare än 30 dagar
  Enligt LUK ska tiden för ansökningar vara minst 30 dagar från det att
  koncessionsannonsen skickades (regelreferensen X-03). I ett förfarande utan
  eget ansökningssteg lämnas anbudet med ansökan, och tiden räknas till sista
  anbudsdag.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att lagrum är "LUK"
    Och att förfarande är "öppet"
    Och att annonseringsdatum är 2026-03-02

  @brist
  Scenario: Ansökan med anbud ska lämnas 29 dagar efter annonsen
    Givet att sista_anbudsdag är 2026-03-31
    När underlaget granskas
    Så ger regeln PROP-50 utfallet "fel"
    Och meddelandet för PROP-50 innehåller "Tiden för ansökan med anbud är 29 dagar; enligt LUK är den minst 30 dagar"
    Och ger regeln PROP-09 inget fynd
    Och ger regeln PROP-43 inget fynd

  @godtagbart
  Scenario: Ansökan med anbud ska lämnas exakt 30 dagar efter annonsen
    Givet att sista_anbudsdag är 2026-04-01
    När underlaget granskas
    Så ger regeln PROP-50 inget fynd

  @godtagbart
  Scenario: Ett förfarande med eget ansökningssteg prövas av PROP-43
    Givet att förfarande är "selektivt"
    Och att sista_ansökningsdag är 2026-04-01
    Och att sista_anbudsdag är 2026-03-31
    När underlaget granskas
    Så ger regeln PROP-50 inget fynd

  @okänd
  Scenario: Sista anbudsdag är inte känd
    Givet att sista_anbudsdag inte är känd
    När underlaget granskas
    Så ger regeln PROP-50 utfallet "underlag saknas"
    Och saknas uppgiften sista_anbudsdag för PROP-50
