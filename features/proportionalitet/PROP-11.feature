# language: sv
@PROP-11
Egenskap: PROP-11 Anbudstiden under tröskelvärdet ska vara skälig
  Under tröskelvärdet finns inget fast minsta antal dagar: anbudstiden ska vara
  skälig med hänsyn till upphandlingens art, omfattning och komplexitet. Är den
  kortare än 30 dagar ber regeln om en bedömning av om tiden är skälig.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    Och att annonseringsdatum är 2026-03-02

  @brist
  Scenario: Anbudstiden i ett öppet förfarande enligt 19 kap. är 21 dagar
    Givet att sista_anbudsdag är 2026-03-23
    När underlaget granskas
    Så ger regeln PROP-11 utfallet "bedömning krävs"
    Och meddelandet för PROP-11 innehåller "Anbudstiden är 21 dagar"
    Och meddelandet för PROP-11 innehåller "skälig"
    Och fyndet för PROP-11 gäller fältet "sista_anbudsdag"

  @godtagbart
  Scenario: Anbudstiden i ett öppet förfarande enligt 19 kap. är exakt 30 dagar
    Givet att sista_anbudsdag är 2026-04-01
    När underlaget granskas
    Så ger regeln PROP-11 inget fynd

  @brist
  Scenario: En bilaga 2-tjänst annonseras enligt 19 kap. med tio dagars anbudstid
    Givet att cpv_koder är "85312000-9"
    Och att sista_anbudsdag är 2026-03-12
    När underlaget granskas
    Så ger regeln PROP-11 utfallet "bedömning krävs"
    Och meddelandet för PROP-11 innehåller "Anbudstiden är 10 dagar"

  @okänd
  Scenario: Sista anbudsdag är inte bestämd än
    Givet att sista_anbudsdag inte är känd
    När underlaget granskas
    Så ger regeln PROP-11 utfallet "underlag saknas"
    Och fyndet för PROP-11 gäller fältet "sista_anbudsdag"
    Och saknas uppgiften sista_anbudsdag för PROP-11

  @okänd
  Scenario: Det framgår inte om upphandlingen görs under tröskelvärdet, och anbudstiden är 21 dagar
    Givet att regim inte är känd
    Och att sista_anbudsdag är 2026-03-23
    När underlaget granskas
    Så ger regeln PROP-11 utfallet "underlag saknas"
    Och fyndet för PROP-11 gäller fältet "regim"
    Och saknas uppgiften regim för PROP-11

  @okänd
  Scenario: Trettio dagars anbudstid behöver ingen bedömning, vilken regim det än är
    Givet att regim inte är känd
    Och att sista_anbudsdag är 2026-04-01
    När underlaget granskas
    Så ger regeln PROP-11 inget fynd
