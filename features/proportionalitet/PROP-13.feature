# language: sv
@PROP-13
Egenskap: PROP-13 Direktupphandling trots att värdet inte understiger direktupphandlingsgränsen
  Direktupphandling får bara användas när kontraktets värde, inklusive optioner
  och förlängningar, understiger direktupphandlingsgränsen (regelreferensen
  X-05): sedan den 1 februari 2022 700 000 kr enligt LOU och 1 200 000 kr enligt
  LUF, fasta belopp i lagen. Exakt 700 000 kr är alltså för mycket. För en
  bilaga 2-tjänst enligt LOU är gränsen lika med bilaga 2-tröskelvärdet (X-04).
  Före 2022 gällde andra gränser, tillbaka till 2014 (regelreferensen 10.5).

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

  @brist
  Scenario: En kommun direktupphandlar för exakt 700 000 kr under 2024: värdet understiger inte gränsen
    Givet att annonseringsdatum är 2024-05-13
    Och att uppskattat_värde.totalt är 700 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "fel"
    Och meddelandet för PROP-13 innehåller "Värdet 700 000 kr understiger inte direktupphandlingsgränsen 700 000 kr"

  @godtagbart
  Scenario: En kommun direktupphandlar för 699 999 kr under 2024
    Givet att annonseringsdatum är 2024-05-13
    Och att uppskattat_värde.totalt är 699 999 kr
    När underlaget granskas
    Så ger regeln PROP-13 inget fynd

  @brist
  Scenario: En kommun direktupphandlar för 650 000 kr under 2021, när gränsen var 615 312 kr
    Givet att annonseringsdatum är 2021-06-14
    Och att uppskattat_värde.totalt är 650 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "fel"
    Och meddelandet för PROP-13 innehåller "direktupphandlingsgränsen 615 312 kr"

  @godtagbart
  Scenario: En kommun direktupphandlar för 600 000 kr under 2021
    Givet att annonseringsdatum är 2021-06-14
    Och att uppskattat_värde.totalt är 600 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 inget fynd

  @brist
  Scenario: En kommun direktupphandlar för 600 000 kr i januari 2014, när gränsen var 270 964 kr
    Givet att annonseringsdatum är 2014-03-03
    Och att uppskattat_värde.totalt är 600 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "fel"
    Och meddelandet för PROP-13 innehåller "direktupphandlingsgränsen 270 964 kr"

  @brist
  Scenario: En kommun direktupphandlar för 850 000 kr under 2026: gränsen är ett fast belopp i lagen
    Givet att annonseringsdatum är 2026-03-02
    Och att uppskattat_värde.totalt är 850 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "fel"
    Och meddelandet för PROP-13 innehåller "direktupphandlingsgränsen 700 000 kr"

  @godtagbart
  Scenario: En kommun direktupphandlar hemtjänst, en bilaga 2-tjänst, för 5 000 000 kr under 2025
    Givet att annonseringsdatum är 2025-09-15
    Och att cpv_koder är "85312000-9"
    Och att uppskattat_värde.totalt är 5 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 inget fynd

  @brist
  Scenario: En kommun direktupphandlar hemtjänst, en bilaga 2-tjänst, för 9 000 000 kr under 2025
    Givet att annonseringsdatum är 2025-09-15
    Och att cpv_koder är "85312000-9"
    Och att uppskattat_värde.totalt är 9 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "fel"
    Och meddelandet för PROP-13 innehåller "direktupphandlingsgränsen 8 109 450 kr"
    Och meddelandet för PROP-13 innehåller "bilaga 2-tjänst: ja"

  @godtagbart
  Scenario: Myndigheten anger själv att tjänsten är en bilaga 2-tjänst
    Givet att annonseringsdatum är 2025-09-15
    Och att bilaga_2_tjänst är ja
    Och att uppskattat_värde.totalt är 5 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 inget fynd

  @godtagbart
  Scenario: Ett äldre underlag med regimen ”bilaga 2-tjänst” och 5 000 000 kr prövas inte som direktupphandling
    Givet att regim är "bilaga 2-tjänst"
    Och att annonseringsdatum är 2025-09-15
    Och att uppskattat_värde.totalt är 5 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 inget fynd

  @brist
  Scenario: En kommun direktupphandlar lokalvård, som inte är en bilaga 2-tjänst, för 5 000 000 kr under 2025
    Givet att annonseringsdatum är 2025-09-15
    Och att cpv_koder är "90911200-8"
    Och att uppskattat_värde.totalt är 5 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "fel"
    Och meddelandet för PROP-13 innehåller "direktupphandlingsgränsen 700 000 kr"

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

  @brist
  Scenario: En koncession direktupphandlas för 3 000 000 kr enligt LUK under 2023
    Givet att lagrum är "LUK"
    Och att annonseringsdatum är 2023-04-03
    Och att uppskattat_värde.totalt är 3 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "fel"
    Och meddelandet för PROP-13 innehåller "direktupphandlingsgränsen 2 799 554 kr"

  @okänd
  Scenario: Direktupphandlingens värde är inte beräknat
    Givet att annonseringsdatum är 2025-09-15
    Och att uppskattat_värde.totalt inte är känt
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "underlag saknas"
    Och fyndet för PROP-13 gäller fältet "uppskattat_värde.totalt"
    Och saknas uppgiften uppskattat_värde.totalt för PROP-13

  @okänd
  Scenario: CPV-koderna är inte kända, och 5 000 000 kr ligger mellan de båda gränserna
    Givet att annonseringsdatum är 2025-09-15
    Och att cpv_koder inte är kända
    Och att uppskattat_värde.totalt är 5 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "underlag saknas"
    Och fyndet för PROP-13 gäller fältet "bilaga_2_tjänst"
    Och saknas uppgiften bilaga_2_tjänst för PROP-13

  @okänd
  Scenario: CPV-koderna är inte kända, men 9 000 000 kr överstiger båda gränserna
    Givet att annonseringsdatum är 2025-09-15
    Och att cpv_koder inte är kända
    Och att uppskattat_värde.totalt är 9 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "fel"

  @brist
  Scenario: En bilaga 2-tjänst direktupphandlas 2021: om den är en välfärdstjänst avgör gränsen
    Givet att annonseringsdatum är 2021-06-14
    Och att bilaga_2_tjänst är ja
    Och att uppskattat_värde.totalt är 1 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-13 utfallet "bedömning krävs"
    Och meddelandet för PROP-13 innehåller "mellan 615 312 och 2 156 469 kr"

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
