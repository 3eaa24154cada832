# language: sv
@SER-04
Egenskap: SER-04 Frivilliga uteslutningsgrunder anges inte i en riskbransch
  I en riskbransch för arbetslivskriminalitet bör underlaget ange vilka av de
  frivilliga uteslutningsgrunderna i 13 kap. 3 § LOU som tillämpas. Om de måste
  anges i förväg är inte bekräftat, så regeln varnar men ger aldrig fel.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "90911200-8"

  @brist
  Scenario: En upphandling av lokalvård anger inga frivilliga uteslutningsgrunder
    När underlaget granskas
    Så ger regeln SER-04 utfallet "varning"
    Och meddelandet för SER-04 innehåller "riskbransch (lokalvård)"
    Och fyndet för SER-04 gäller fältet "uteslutningsgrunder.fakultativa"

  @brist
  Scenario: Också under tröskelvärdet varnar regeln
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    När underlaget granskas
    Så ger regeln SER-04 utfallet "varning"

  @godtagbart
  Scenario: Underlaget anger arbetsrättsliga skyldigheter och allvarligt fel i yrkesutövningen
    Givet att uteslutningsgrunder.fakultativa är "miljö-, social- eller arbetsrättsliga skyldigheter", "allvarligt fel i yrkesutövningen"
    När underlaget granskas
    Så ger regeln SER-04 inget fynd

  @godtagbart
  Scenario: Konsulttjänster är ingen riskbransch
    Givet att cpv_koder är "79000000-4"
    När underlaget granskas
    Så ger regeln SER-04 inget fynd

  @godtagbart
  Scenario: En direktupphandling prövas inte
    Givet att regim är "direktupphandling"
    Och att förfarande är "direktupphandling"
    Och att uppskattat_värde.totalt är 500 000 kr
    När underlaget granskas
    Så ger regeln SER-04 inget fynd

  @motiverad_avvikelse
  Scenario: Myndigheten har motiverat varför inga frivilliga grunder anges
    Givet underlaget har en motivering för SER-04: "Upphandlingen är en förnyad konkurrensutsättning inom ett ramavtal där samtliga uteslutningsgrunder prövades när ramavtalet tilldelades."
    När underlaget granskas
    Så ger regeln SER-04 utfallet "motiverad avvikelse"

  @okänd
  Scenario: CPV-koderna är inte kända och inga frivilliga uteslutningsgrunder anges
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SER-04 utfallet "underlag saknas"
    Och fyndet för SER-04 gäller fältet "cpv_koder"
    Och saknas uppgiften cpv_koder för SER-04

  @okänd
  Scenario: CPV-koderna är inte kända, men frivilliga uteslutningsgrunder anges
    Givet att cpv_koder inte är kända
    Och att uteslutningsgrunder.fakultativa är "allvarligt fel i yrkesutövningen"
    När underlaget granskas
    Så ger regeln SER-04 inget fynd

  @okänd
  Scenario: Lokalvård där det inte går att läsa ut vilka frivilliga grunder som tillämpas
    Givet att uteslutningsgrunder.fakultativa inte är kända
    När underlaget granskas
    Så ger regeln SER-04 utfallet "underlag saknas"
    Och fyndet för SER-04 gäller fältet "uteslutningsgrunder.fakultativa"
