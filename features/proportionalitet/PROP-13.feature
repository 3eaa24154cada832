# language: sv
@PROP-13
Egenskap: PROP-13 Direktupphandling över direktupphandlingsgränsen
  Direktupphandling får bara användas när kontraktets värde, inklusive optioner
  och förlängningar, inte överstiger direktupphandlingsgränsen (700 000 kr enligt
  LOU och 1 200 000 kr enligt LUF sedan den 1 februari 2022). För 2026 är
  beloppen inte bekräftade, så en överskridelse ger då utfallet bedömning krävs.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att regim är "direktupphandling"
    Och att förfarande är "direktupphandling"
    Och att lagrum är "LOU"
    Och att uppskattat_värde.per_år saknas
    Och att sista_anbudsdag saknas
    Och underlaget har inga delkontrakt

  @brist
  Scenario: En kommun direktupphandlar för 850 000 kr under 2025
    Givet att annonseringsdatum är 2025-09-15
    Och att uppskattat_värde.totalt är 850 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "fel"
    Och meddelandet för PROP-13 innehåller "850 000 kr"
    Och meddelandet för PROP-13 innehåller "direktupphandlingsgränsen 700 000 kr"
    Och fyndet för PROP-13 gäller fältet "uppskattat_värde.totalt"

  @godtagbart
  Scenario: En kommun direktupphandlar för exakt 700 000 kr under 2025
    Givet att annonseringsdatum är 2025-09-15
    Och att uppskattat_värde.totalt är 700 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 inget fynd

  @brist
  Scenario: En kommun direktupphandlar för 850 000 kr under 2026: gränsen är ett fast belopp i lagen
    Givet att annonseringsdatum är 2026-03-02
    Och att uppskattat_värde.totalt är 850 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "fel"
    Och meddelandet för PROP-13 innehåller "direktupphandlingsgränsen 700 000 kr"

  @godtagbart
  Scenario: En kommun direktupphandlar för exakt 700 000 kr under 2026
    Givet att annonseringsdatum är 2026-03-02
    Och att uppskattat_värde.totalt är 700 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 inget fynd

  @godtagbart
  Scenario: Ett kommunalt energibolag direktupphandlar för 1 100 000 kr enligt LUF under 2025
    Givet att lagrum är "LUF"
    Och att upphandlande_myndighet.typ är "kommunalt bolag"
    Och att annonseringsdatum är 2025-09-15
    Och att uppskattat_värde.totalt är 1 100 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 inget fynd

  @brist
  Scenario: Ett kommunalt energibolag direktupphandlar för 1 300 000 kr enligt LUF under 2025
    Givet att lagrum är "LUF"
    Och att upphandlande_myndighet.typ är "kommunalt bolag"
    Och att annonseringsdatum är 2025-09-15
    Och att uppskattat_värde.totalt är 1 300 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "fel"
    Och meddelandet för PROP-13 innehåller "direktupphandlingsgränsen 1 200 000 kr"

  @okänd
  Scenario: Direktupphandlingens värde är inte beräknat
    Givet att annonseringsdatum är 2025-09-15
    Och att uppskattat_värde.totalt inte är känt
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "underlag saknas"
    Och fyndet för PROP-13 gäller fältet "uppskattat_värde.totalt"
    Och saknas uppgiften uppskattat_värde.totalt för PROP-13

  @okänd
  Scenario: Det framgår inte om direktupphandlingen för 850 000 kr görs enligt LOU eller LUF
    Givet att annonseringsdatum är 2025-09-15
    Och att uppskattat_värde.totalt är 850 000 kr
    Och att lagrum inte är känt
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "underlag saknas"
    Och fyndet för PROP-13 gäller fältet "lagrum"
    Och saknas uppgiften lagrum för PROP-13

  @okänd
  Scenario: Det framgår inte om köpet för 850 000 kr är en direktupphandling
    Givet att annonseringsdatum är 2025-09-15
    Och att uppskattat_värde.totalt är 850 000 kr
    Och att regim inte är känd
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "underlag saknas"
    Och fyndet för PROP-13 gäller fältet "regim"
    Och saknas uppgiften regim för PROP-13

  @okänd
  Scenario: Köpet för 500 000 kr ryms under gränsen, vilken regim det än är
    Givet att annonseringsdatum är 2025-09-15
    Och att uppskattat_värde.totalt är 500 000 kr
    Och att regim inte är känd
    När underlaget granskas
    Så ger regeln PROP-13 inget fynd
