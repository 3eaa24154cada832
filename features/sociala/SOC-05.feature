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
    Och att förfarande är "öppet"
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

  @okänd
  Scenario: CPV-koderna är inte kända, så det går inte att se om upphandlingen gäller en riskbransch
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SOC-05 utfallet "underlag saknas"
    Och fyndet för SOC-05 gäller fältet "cpv_koder"
    Och saknas uppgiften cpv_koder för SOC-05

  @okänd
  Scenario: CPV-koderna är inte kända, men behövlighetsbedömningen är dokumenterad
    Givet att cpv_koder inte är kända
    Och underlaget har behövlighetsbedömning med:
      | risk_för_oskäliga_arbetsvillkor | nej                                          |
      | beskrivning                     | "Inga riskindikatorer för konsultuppdraget" |
    När underlaget granskas
    Så ger regeln SOC-05 inget fynd

  @okänd
  Scenario: Upphandlingsslaget framgår inte, och 10 000 000 kr når tröskelvärdet för tjänster men inte för byggentreprenader
    Givet att upphandlingsslag inte är känt
    När underlaget granskas
    Så ger regeln SOC-05 utfallet "underlag saknas"
    Och fyndet för SOC-05 gäller fältet "upphandlingsslag"
    Och saknas uppgiften upphandlingsslag för SOC-05

  @okänd
  Scenario: Det går inte att se om en behövlighetsbedömning är gjord, och värdet ligger över hela 2026 års spann
    Givet att behövlighetsbedömning inte är känd
    När underlaget granskas
    Så ger regeln SOC-05 utfallet "underlag saknas"
    Och fyndet för SOC-05 gäller fältet "behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor"
    Och saknas uppgiften behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor för SOC-05

  @okänd
  Scenario: Det går inte att se om en behövlighetsbedömning är gjord, och värdet ligger inom 2026 års spann
    Givet att uppskattat_värde.totalt är 2 400 000 kr
    Och att uppskattat_värde.per_år saknas
    Och att behövlighetsbedömning inte är känd
    När underlaget granskas
    Så ger regeln SOC-05 utfallet "underlag saknas"
    Och fyndet för SOC-05 gäller fältet "behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor"

  @okänd
  Scenario: Det går inte att se om en behövlighetsbedömning är gjord, men värdet ligger under hela 2026 års spann
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 2 000 000 kr
    Och att uppskattat_värde.per_år saknas
    Och att behövlighetsbedömning inte är känd
    När underlaget granskas
    Så ger regeln SOC-05 inget fynd
