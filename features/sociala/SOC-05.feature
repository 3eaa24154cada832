# language: sv
@SOC-05
Egenskap: SOC-05 Ingen dokumenterad behövlighetsbedömning
  När en tjänst eller byggentreprenad når tröskelvärdet och inte hör till en
  riskbransch avgör behövlighetsbedömningen om arbetsrättsliga villkor måste
  ställas. Saknas den, och villkoren inte alla ställs, ber regeln om en
  bedömning.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att behövlighetsbedömning saknas

  @brist
  Scenario: Konsulttjänster för 10 000 000 kr utan behövlighetsbedömning och utan villkor
    När underlaget granskas
    Så ger regeln SOC-05 utfallet "bedömning krävs"
    Och meddelandet för SOC-05 innehåller "tjänster för 10 000 000 kr"
    Och fyndet för SOC-05 gäller fältet "behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor"

  @brist
  Scenario: Bara villkor om lön ställs och ingen behövlighetsbedömning finns
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön  | ja                       |
      | nivå | "central kollektivavtal" |
    När underlaget granskas
    Så ger regeln SOC-05 utfallet "bedömning krävs"

  @brist
  Scenario: Värdet ligger inom spannet för 2026 års tröskelvärde
    Givet att uppskattat_värde.totalt är 2 335 522 kr
    Och att uppskattat_värde.per_år saknas
    När underlaget granskas
    Så ger regeln SOC-05 utfallet "bedömning krävs"

  @godtagbart
  Scenario: Värdet ligger under hela spannet för 2026 års tröskelvärde
    Givet att regim är "19 kap."
    Och att förfarande är "förenklat"
    Och att uppskattat_värde.totalt är 2 332 799 kr
    Och att uppskattat_värde.per_år saknas
    När underlaget granskas
    Så ger regeln SOC-05 inget fynd

  @godtagbart
  Scenario: Behövlighetsbedömningen är dokumenterad och finner ingen risk
    Givet underlaget har behövlighetsbedömning med:
      | risk_för_oskäliga_arbetsvillkor | nej                                                                  |
      | beskrivning                     | "Konsulterna är tjänstemän med kollektivavtal; inga riskindikatorer" |
    När underlaget granskas
    Så ger regeln SOC-05 inget fynd

  @godtagbart
  Scenario: Villkor om lön, semester och arbetstid ställs ändå
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    När underlaget granskas
    Så ger regeln SOC-05 inget fynd

  @godtagbart
  Scenario: I en riskbransch utgår kravmotor från att risk finns och frågar inte efter bedömningen
    Givet att cpv_koder är "90911200-8"
    När underlaget granskas
    Så ger regeln SOC-05 inget fynd

  @godtagbart
  Scenario: Regeln påminner inte vid varuupphandlingar
    Givet att upphandlingsslag är "varor"
    Och att cpv_koder är "30192000-1"
    När underlaget granskas
    Så ger regeln SOC-05 inget fynd
