# language: sv
@SOC-01
Egenskap: SOC-01 Arbetsrättsliga villkor saknas trots risk för oskäliga arbetsvillkor
  När värdet når tröskelvärdet och myndighetens egen behövlighetsbedömning anger
  risk för oskäliga arbetsvillkor ska myndigheten ställa villkor om lön, semester
  och arbetstid. Att CPV-koderna pekar på en riskbransch är bara en presumtion
  och ger inget fel (regelreferensen X-20); utan en bedömning ber SOC-05 om en.
  Under tröskelvärdet och för bilaga 2-tjänster är villkoren frivilliga.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att annonseringsdatum är 2025-10-06
    Och att cpv_koder är "90911200-8"
    Och underlaget har behövlighetsbedömning med:
      | risk_för_oskäliga_arbetsvillkor | ja                                                 |
      | beskrivning                     | "Låg kollektivavtalstäckning bland städföretagen" |

  @brist
  Scenario: Lokalvård för 10 000 000 kr där behövlighetsbedömningen anger risk och inga villkor ställs
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "fel"
    Och meddelandet för SOC-01 innehåller "10 000 000 kr"
    Och meddelandet för SOC-01 innehåller "risk för oskäliga arbetsvillkor enligt myndighetens behövlighetsbedömning"
    Och fyndet för SOC-01 gäller fältet "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.lön"

  @godtagbart
  Scenario: Lokalvård utan behövlighetsbedömning: riskbranschen är bara en presumtion
    Givet att behövlighetsbedömning saknas
    När underlaget granskas
    Så ger regeln SOC-01 inget fynd

  @brist
  Scenario: Villkoren finns som rubrik men inget av lön, semester och arbetstid ställs
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön       | nej                      |
      | semester  | nej                      |
      | arbetstid | nej                      |
      | nivå      | "central kollektivavtal" |
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "fel"

  @brist
  Scenario: Behövlighetsbedömningen anger risk för flyttjänster, som inte är en riskbransch
    Givet att cpv_koder är "98392000-7"
    Och underlaget har behövlighetsbedömning med:
      | risk_för_oskäliga_arbetsvillkor | ja                                                           |
      | beskrivning                     | "Flyttjänster med låg kollektivavtalstäckning i länet" |
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "fel"

  @brist
  Scenario: Värdet är exakt lika med 2025 års tröskelvärde
    Givet att uppskattat_värde.totalt är 2 389 585 kr
    Och att uppskattat_värde.per_år saknas
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "fel"

  @brist
  Scenario: Under 2026 är tröskelvärdet i kronor ett spann, och värdet ligger över hela spannet
    Givet att annonseringsdatum är 2026-03-02
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "fel"
    Och meddelandet för SOC-01 innehåller "tröskelvärdet mellan 2 332 800 och 2 505 600 kr"

  @brist
  Scenario: Under 2026 ligger värdet inom spannet för tröskelvärdet
    Givet att annonseringsdatum är 2026-03-02
    Och att uppskattat_värde.totalt är 2 400 000 kr
    Och att uppskattat_värde.per_år saknas
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "bedömning krävs"
    Och meddelandet för SOC-01 innehåller "mellan 2 332 800 och 2 505 600 kr"

  @brist
  Scenario: Lokalvård 2019, när tröskelvärdet var 2 096 097 kr
    Givet att annonseringsdatum är 2019-04-01
    Och att uppskattat_värde.totalt är 2 100 000 kr
    Och att uppskattat_värde.per_år saknas
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "fel"
    Och meddelandet för SOC-01 innehåller "tröskelvärdet 2 096 097 kr"

  @godtagbart
  Scenario: Villkor om lön, semester och arbetstid ställs
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    När underlaget granskas
    Så ger regeln SOC-01 inget fynd

  @godtagbart
  Scenario: Värdet är en krona under 2025 års tröskelvärde, där villkoren är frivilliga
    Givet att regim är "19 kap."
    Och att uppskattat_värde.totalt är 2 389 584 kr
    Och att uppskattat_värde.per_år saknas
    När underlaget granskas
    Så ger regeln SOC-01 inget fynd

  @godtagbart
  Scenario: Skyldigheten gäller inte bilaga 2-tjänster
    Givet att regim är "19 kap."
    Och att bilaga_2_tjänst är ja
    Och att uppskattat_värde.totalt är 12 000 000 kr
    När underlaget granskas
    Så ger regeln SOC-01 inget fynd

  @godtagbart
  Scenario: Hemtjänst är en bilaga 2-tjänst enligt sina CPV-koder
    Givet att regim är "19 kap."
    Och att cpv_koder är "85312000-9"
    Och att uppskattat_värde.totalt är 12 000 000 kr
    När underlaget granskas
    Så ger regeln SOC-01 inget fynd

  @godtagbart
  Scenario: Skyldigheten gäller inte upphandlingar som annonserades före den 1 juni 2017
    Givet att annonseringsdatum är 2017-05-15
    När underlaget granskas
    Så ger regeln SOC-01 inget fynd

  @godtagbart
  Scenario: En dokumenterad bedömning att risk saknas går före branschlistan
    Givet underlaget har behövlighetsbedömning med:
      | risk_för_oskäliga_arbetsvillkor | nej                                                   |
      | beskrivning                     | "Städning av laboratorier med egen anställd personal" |
    När underlaget granskas
    Så ger regeln SOC-01 inget fynd

  @godtagbart
  Scenario: Myndigheten har bedömt att villkoren inte kan fastställas
    Givet underlaget har behövlighetsbedömning med:
      | risk_för_oskäliga_arbetsvillkor | ja  |
      | villkor_kan_fastställas         | nej |
    När underlaget granskas
    Så ger regeln SOC-01 inget fynd

  @okänd
  Scenario: Det uppskattade värdet står inte i underlaget
    Givet att uppskattat_värde.totalt inte är känt
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "underlag saknas"
    Och fyndet för SOC-01 gäller fältet "uppskattat_värde.totalt"
    Och saknas uppgiften uppskattat_värde.totalt för SOC-01

  @okänd
  Scenario: CPV-koderna är inte kända i en direktivstyrd upphandling enligt LOU: tjänsten är ingen bilaga 2-tjänst
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "fel"

  @okänd
  Scenario: CPV-koderna och regimen är inte kända: det framgår inte om tjänsten är en bilaga 2-tjänst
    Givet att cpv_koder inte är kända
    Och att regim inte är känd
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "underlag saknas"
    Och fyndet för SOC-01 gäller fältet "bilaga_2_tjänst"
    Och saknas uppgiften bilaga_2_tjänst för SOC-01

  @okänd
  Scenario: CPV-koderna är inte kända, men värdet ligger under hela spannet för 2026 års tröskelvärde
    Givet att annonseringsdatum är 2026-03-02
    Och att regim är "19 kap."
    Och att uppskattat_värde.totalt är 2 000 000 kr
    Och att uppskattat_värde.per_år saknas
    Och att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SOC-01 inget fynd

  @okänd
  Scenario: Det går inte att läsa ut om behövlighetsbedömningen fann risk
    Givet att behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor inte är känd
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "underlag saknas"
    Och fyndet för SOC-01 gäller fältet "behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor"
    Och saknas uppgiften behövlighetsbedömning.risk_för_oskäliga_arbetsvillkor för SOC-01

  @okänd
  Scenario: De arbetsrättsliga villkoren står i en avtalsbilaga som inte har lästs
    Givet att särskilda_kontraktsvillkor.arbetsrättsliga_villkor inte är kända
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "underlag saknas"
    Och fyndet för SOC-01 gäller fältet "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.lön"
    Och fyndet för SOC-01 gäller fältet "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.arbetstid"

  @okänd
  Scenario: Det framgår inte om myndigheten är statlig, och värdet når bara det statliga tröskelvärdet
    Givet att uppskattat_värde.totalt är 2 000 000 kr
    Och att uppskattat_värde.per_år saknas
    Och att upphandlande_myndighet.typ inte är känd
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "underlag saknas"
    Och fyndet för SOC-01 gäller fältet "upphandlande_myndighet.typ"
    Och saknas uppgiften upphandlande_myndighet.typ för SOC-01

  @okänd
  Scenario: Det framgår inte om myndigheten är statlig, men värdet når båda tröskelvärdena
    Givet att upphandlande_myndighet.typ inte är känd
    När underlaget granskas
    Så ger regeln SOC-01 utfallet "fel"
    Och meddelandet för SOC-01 innehåller "når tröskelvärdet mellan 1 546 202 och 2 389 585 kr"
