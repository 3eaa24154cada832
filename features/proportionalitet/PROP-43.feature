# language: sv
@PROP-43
Egenskap: PROP-43 LUK: tiden för ansökan är kortare än 30 dagar
  Enligt LUK ska tiden för ansökningar vara minst 30 dagar från det att
  koncessionsannonsen skickades (regelreferensen X-03). LOU:s tidsfrister
  gäller inte. I ett förfarande med anbudsansökan före anbuden räknas tiden
  till sista dag för ansökan; lämnas anbud med ansökan prövar PROP-50 tiden.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att lagrum är "LUK"
    Och att förfarande är "förhandlat med föregående annonsering"
    Och att annonseringsdatum är 2026-03-02
    Och att sista_anbudsdag är 2026-05-15

  @brist
  Scenario: Tiden för ansökan är 29 dagar
    Givet att sista_ansökningsdag är 2026-03-31
    När underlaget granskas
    Så ger regeln PROP-43 utfallet "fel"
    Och meddelandet för PROP-43 innehåller "Tiden för ansökan är 29 dagar"
    Och fyndet för PROP-43 gäller fältet "sista_ansökningsdag"
    Och ger regeln PROP-10 inget fynd

  @godtagbart
  Scenario: Tiden för ansökan är exakt 30 dagar
    Givet att sista_ansökningsdag är 2026-04-01
    När underlaget granskas
    Så ger regeln PROP-43 inget fynd

  @godtagbart
  Scenario: En koncession som tilldelas utan föregående annonsering har ingen ansökningstid
    Givet att förfarande är "förhandlat utan föregående annonsering"
    Och att sista_anbudsdag är 2026-03-10
    När underlaget granskas
    Så ger regeln PROP-43 inget fynd
    Och ger regeln PROP-50 inget fynd

  @okänd
  Scenario: Sista dag för ansökan är inte känd
    Givet att sista_ansökningsdag inte är känd
    När underlaget granskas
    Så ger regeln PROP-43 utfallet "underlag saknas"
    Och saknas uppgiften sista_ansökningsdag för PROP-43

  @okänd
  Scenario: Förfarandet är okänt och tiden för ansökan är 20 dagar
    Givet att förfarande inte är känt
    Och att sista_ansökningsdag är 2026-03-22
    När underlaget granskas
    Så ger regeln PROP-43 utfallet "underlag saknas"
    Och fyndet för PROP-43 gäller fältet "förfarande"
