# language: sv
@SOC-07
Egenskap: SOC-07 Arbetsrättsliga villkor anses inte kunna fastställas
  Villkoren är obligatoriska bara om de kan fastställas. Har myndigheten
  bedömt att de inte kan det, trots risk för oskäliga arbetsvillkor, ber
  regeln om en bedömning av om parterna tillfrågats och om det finns färdiga
  villkor för branschen.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "90911200-8"
    Och underlaget har behövlighetsbedömning med:
      | risk_för_oskäliga_arbetsvillkor | ja                                             |
      | villkor_kan_fastställas         | nej                                            |
      | beskrivning                     | "Inget centralt kollektivavtal för fasadtvätt" |

  @brist
  Scenario: Risk finns men villkoren anses inte kunna fastställas
    När underlaget granskas
    Så ger regeln SOC-07 utfallet "bedömning krävs"
    Och meddelandet för SOC-07 innehåller "10 000 000 kr"
    Och fyndet för SOC-07 gäller fältet "behövlighetsbedömning.villkor_kan_fastställas"
    Och ger regeln SOC-01 inget fynd

  @brist
  Scenario: Flyttjänster utanför riskbranscherna där bedömningen finner risk men inga villkor som kan fastställas
    Givet att cpv_koder är "98392000-7"
    När underlaget granskas
    Så ger regeln SOC-07 utfallet "bedömning krävs"

  @godtagbart
  Scenario: Villkoren kan fastställas och ställs
    Givet att behövlighetsbedömning.villkor_kan_fastställas är ja
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    När underlaget granskas
    Så ger regeln SOC-07 inget fynd

  @godtagbart
  Scenario: Ingen risk finns, så det spelar ingen roll att villkoren inte kan fastställas
    Givet att cpv_koder är "79000000-4"
    Och att behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor är nej
    När underlaget granskas
    Så ger regeln SOC-07 inget fynd

  @okänd
  Scenario: Bedömningen anger risk men säger inte om villkoren kan fastställas
    Givet att behövlighetsbedömning.villkor_kan_fastställas inte är känt
    När underlaget granskas
    Så ger regeln SOC-07 utfallet "underlag saknas"
    Och fyndet för SOC-07 gäller fältet "behövlighetsbedömning.villkor_kan_fastställas"
    Och saknas uppgiften behövlighetsbedömning.villkor_kan_fastställas för SOC-07

  @okänd
  Scenario: CPV-koderna är inte kända, men bedömningen anger risk och att villkoren inte kan fastställas
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SOC-07 utfallet "bedömning krävs"
    Och meddelandet för SOC-07 innehåller "behövlighetsbedömningen anger att villkor om lön, semester och arbetstid inte kan fastställas"

  @okänd
  Scenario: Det går inte att läsa ut om bedömningen fann risk, i en bransch som inte är riskbransch
    Givet att cpv_koder är "98392000-7"
    Och att behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor inte är känd
    När underlaget granskas
    Så ger regeln SOC-07 utfallet "underlag saknas"
    Och fyndet för SOC-07 gäller fältet "behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor"

  @okänd
  Scenario: Det framgår inte om villkoren kan fastställas, men värdet ligger under hela 2026 års spann
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 2 000 000 kr
    Och att uppskattat_värde.per_år saknas
    Och att behövlighetsbedömning.villkor_kan_fastställas inte är känt
    När underlaget granskas
    Så ger regeln SOC-07 inget fynd
