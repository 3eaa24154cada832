# language: sv
@PROP-15
Egenskap: PROP-15 Värdet når tröskelvärdet men upphandlingen görs under tröskelvärdet
  När det uppskattade värdet, inklusive optioner och förlängningar, når
  tröskelvärdet ska upphandlingen göras enligt de direktivstyrda reglerna; att
  välja 19 kap. eller direktupphandling är då fel. För 2026 är tröskelvärdena i
  kronor inte bekräftade, så en överskridelse ger då utfallet bedömning krävs.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att lagrum är "LOU"
    Och att upphandlingsslag är "tjänster"
    Och att upphandlande_myndighet.typ är "kommunal"
    Och att uppskattat_värde.per_år saknas

  @brist
  Scenario: En kommun upphandlar tjänster för 3 000 000 kr enligt 19 kap. under 2025
    Givet att annonseringsdatum är 2025-10-06
    Och att sista_anbudsdag är 2025-10-27
    Och att uppskattat_värde.totalt är 3 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-15 utfallet "fel"
    Och meddelandet för PROP-15 innehåller "3 000 000 kr"
    Och meddelandet för PROP-15 innehåller "tröskelvärdet 2 389 585 kr"
    Och fyndet för PROP-15 gäller fältet "uppskattat_värde.totalt"

  @brist
  Scenario: Värdet är exakt lika med 2025 års tröskelvärde
    Givet att annonseringsdatum är 2025-10-06
    Och att sista_anbudsdag är 2025-10-27
    Och att uppskattat_värde.totalt är 2 389 585 kr
    När underlaget granskas
    Så ger regeln PROP-15 utfallet "fel"

  @godtagbart
  Scenario: Värdet är en krona under 2025 års tröskelvärde
    Givet att annonseringsdatum är 2025-10-06
    Och att sista_anbudsdag är 2025-10-27
    Och att uppskattat_värde.totalt är 2 389 584 kr
    När underlaget granskas
    Så ger regeln PROP-15 inget fynd

  @brist
  Scenario: En kommun upphandlar tjänster för 3 000 000 kr enligt 19 kap. under 2026, över hela spannet för tröskelvärdet
    Givet att annonseringsdatum är 2026-03-02
    Och att sista_anbudsdag är 2026-04-01
    Och att uppskattat_värde.totalt är 3 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-15 utfallet "fel"
    Och meddelandet för PROP-15 innehåller "tröskelvärdet mellan 2 332 800 och 2 505 600 kr"

  @brist
  Scenario: En kommun upphandlar tjänster för 2 400 000 kr enligt 19 kap. under 2026, inom spannet för tröskelvärdet
    Givet att annonseringsdatum är 2026-03-02
    Och att sista_anbudsdag är 2026-04-01
    Och att uppskattat_värde.totalt är 2 400 000 kr
    När underlaget granskas
    Så ger regeln PROP-15 utfallet "bedömning krävs"
    Och meddelandet för PROP-15 innehåller "bara känd som ett spann: mellan 2 332 800 och 2 505 600 kr"

  @godtagbart
  Scenario: En kommun upphandlar tjänster för 2 000 000 kr enligt 19 kap. under 2026
    Givet att annonseringsdatum är 2026-03-02
    Och att sista_anbudsdag är 2026-04-01
    Och att uppskattat_värde.totalt är 2 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-15 inget fynd

  @brist
  Scenario: En statlig myndighet upphandlar tjänster för 2 000 000 kr enligt 19 kap. under 2025
    Givet att upphandlande_myndighet.typ är "statlig"
    Och att annonseringsdatum är 2025-10-06
    Och att sista_anbudsdag är 2025-10-27
    Och att uppskattat_värde.totalt är 2 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-15 utfallet "fel"
    Och meddelandet för PROP-15 innehåller "tröskelvärdet 1 546 202 kr"

  @brist
  Scenario: En kommun direktupphandlar tjänster för 2 500 000 kr under 2025
    Givet att regim är "direktupphandling"
    Och att förfarande är "direktupphandling"
    Och att annonseringsdatum är 2025-10-06
    Och att sista_anbudsdag saknas
    Och att uppskattat_värde.totalt är 2 500 000 kr
    När underlaget granskas
    Så ger regeln PROP-15 utfallet "fel"

  @godtagbart
  Scenario: En byggentreprenad för 30 000 000 kr ligger under 2025 års tröskelvärde för byggentreprenader
    Givet att upphandlingsslag är "byggentreprenad"
    Och att annonseringsdatum är 2025-10-06
    Och att sista_anbudsdag är 2025-11-03
    Och att uppskattat_värde.totalt är 30 000 000 kr
    När underlaget granskas
    Så ger regeln PROP-15 inget fynd

  @okänd
  Scenario: Värdet är inte uppskattat för en upphandling enligt 19 kap.
    Givet att annonseringsdatum är 2025-10-06
    Och att sista_anbudsdag är 2025-10-27
    Och att uppskattat_värde.totalt inte är känt
    När underlaget granskas
    Så ger regeln PROP-15 utfallet "underlag saknas"
    Och fyndet för PROP-15 gäller fältet "uppskattat_värde.totalt"
    Och saknas uppgiften uppskattat_värde.totalt för PROP-15

  @okänd
  Scenario: Myndighetens slag är okänt och värdet 6 000 000 kr ligger över båda 2026 års spann
    Givet att annonseringsdatum är 2026-03-02
    Och att sista_anbudsdag är 2026-04-01
    Och att uppskattat_värde.totalt är 6 000 000 kr
    Och att upphandlande_myndighet.typ inte är känd
    När underlaget granskas
    Så ger regeln PROP-15 utfallet "fel"
    Och meddelandet för PROP-15 innehåller "Värdet 6 000 000 kr når tröskelvärdet mellan 1 512 000 och 2 505 600 kr"

  @okänd
  Scenario: Myndighetens slag är okänt och värdet 2 400 000 kr ligger mellan statens och kommunernas tröskelvärde 2026
    Givet att annonseringsdatum är 2026-03-02
    Och att sista_anbudsdag är 2026-04-01
    Och att uppskattat_värde.totalt är 2 400 000 kr
    Och att upphandlande_myndighet.typ inte är känd
    När underlaget granskas
    Så ger regeln PROP-15 utfallet "underlag saknas"
    Och fyndet för PROP-15 gäller fältet "upphandlande_myndighet.typ"
    Och saknas uppgiften upphandlande_myndighet.typ för PROP-15

  @okänd
  Scenario: Myndighetens slag är okänt och värdet 1 000 000 kr ligger under båda 2026 års spann
    Givet att annonseringsdatum är 2026-03-02
    Och att sista_anbudsdag är 2026-04-01
    Och att uppskattat_värde.totalt är 1 000 000 kr
    Och att upphandlande_myndighet.typ inte är känd
    När underlaget granskas
    Så ger regeln PROP-15 inget fynd

  @okänd
  Scenario: Det framgår inte om upphandlingen för 30 000 000 kr är en byggentreprenad
    Givet att annonseringsdatum är 2025-10-06
    Och att sista_anbudsdag är 2025-11-03
    Och att uppskattat_värde.totalt är 30 000 000 kr
    Och att upphandlingsslag inte är känt
    När underlaget granskas
    Så ger regeln PROP-15 utfallet "underlag saknas"
    Och fyndet för PROP-15 gäller fältet "upphandlingsslag"
    Och saknas uppgiften upphandlingsslag för PROP-15

  @okänd
  Scenario: Lagrummet är okänt för en upphandling för 3 000 000 kr enligt 19 kap.
    Givet att annonseringsdatum är 2025-10-06
    Och att sista_anbudsdag är 2025-10-27
    Och att uppskattat_värde.totalt är 3 000 000 kr
    Och att lagrum inte är känt
    När underlaget granskas
    Så ger regeln PROP-15 utfallet "underlag saknas"
    Och fyndet för PROP-15 gäller fältet "lagrum"
    Och saknas uppgiften lagrum för PROP-15
