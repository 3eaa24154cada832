# language: sv
@SOC-06
Egenskap: SOC-06 Behövlighetsbedömningen finner ingen risk i en riskbransch
  En dokumenterad bedömning att risk för oskäliga arbetsvillkor saknas går före
  kravmotors branschlista, men i en riskbransch bör en människa pröva om
  bedömningen håller.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "90911200-8"
    Och underlaget har behövlighetsbedömning med:
      | risk_för_oskäliga_arbetsvillkor | nej                                             |
      | beskrivning                     | "Tidigare leverantörer har haft kollektivavtal" |

  @brist
  Scenario: Lokalvård utan villkor där bedömningen säger att risk saknas
    När underlaget granskas
    Så ger regeln SOC-06 utfallet "bedömning krävs"
    Och meddelandet för SOC-06 innehåller "riskbransch (lokalvård)"
    Och fyndet för SOC-06 gäller fältet "behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor"
    Och ger regeln SOC-01 inget fynd

  @brist
  Scenario: Bara villkor om lön ställs
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön  | ja                       |
      | nivå | "central kollektivavtal" |
    När underlaget granskas
    Så ger regeln SOC-06 utfallet "bedömning krävs"

  @godtagbart
  Scenario: Villkor om lön, semester och arbetstid ställs trots bedömningen
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    När underlaget granskas
    Så ger regeln SOC-06 inget fynd

  @godtagbart
  Scenario: Bedömningen finner risk, vilket stämmer med branschlistan
    Givet att behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor är ja
    När underlaget granskas
    Så ger regeln SOC-06 inget fynd

  @godtagbart
  Scenario: Utanför riskbranscherna godtas bedömningen utan vidare
    Givet att cpv_koder är "79000000-4"
    När underlaget granskas
    Så ger regeln SOC-06 inget fynd

  @godtagbart
  Scenario: Under tröskelvärdet är villkoren frivilliga
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    När underlaget granskas
    Så ger regeln SOC-06 inget fynd

  @okänd
  Scenario: Bedömningen säger att risk saknas, men CPV-koderna är inte kända
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SOC-06 utfallet "underlag saknas"
    Och fyndet för SOC-06 gäller fältet "cpv_koder"
    Och saknas uppgiften cpv_koder för SOC-06

  @okänd
  Scenario: CPV-koderna är inte kända, men villkor om lön, semester och arbetstid ställs
    Givet att cpv_koder inte är kända
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    När underlaget granskas
    Så ger regeln SOC-06 inget fynd

  @okänd
  Scenario: CPV-koderna är inte kända, men värdet ligger under hela spannet för 2026 års tröskelvärde
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 2 000 000 kr
    Och att uppskattat_värde.per_år saknas
    Och att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SOC-06 inget fynd

  @okänd
  Scenario: Lokalvård där behövlighetsbedömningens slutsats inte går att läsa ut
    Givet att behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor inte är känd
    När underlaget granskas
    Så ger regeln SOC-06 utfallet "underlag saknas"
    Och fyndet för SOC-06 gäller fältet "behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor"
