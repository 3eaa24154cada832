# language: sv
@SOC-02
Egenskap: SOC-02 Villkor om lön, semester och arbetstid ska alla ställas
  När arbetsrättsliga villkor är obligatoriska ska villkor ställas om lön,
  semester och arbetstid, även om risken gäller bara ett av områdena.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att annonseringsdatum är 2025-10-06
    Och att cpv_koder är "90911200-8"
    Och underlaget har behövlighetsbedömning med:
      | risk_för_oskäliga_arbetsvillkor | ja |

  @brist
  Scenario: Lokalvård med villkor om lön och semester men inte om arbetstid
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    När underlaget granskas
    Så ger regeln SOC-02 utfallet "fel"
    Och meddelandet för SOC-02 innehåller "arbetstid: nej"
    Och fyndet för SOC-02 gäller fältet "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.arbetstid"

  @brist
  Scenario: Bara arbetstiden regleras, eftersom risken gäller arbetstiden
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    När underlaget granskas
    Så ger regeln SOC-02 utfallet "fel"
    Och meddelandet för SOC-02 innehåller "lön: nej, semester: nej"

  @brist
  Scenario: Under 2026 ligger värdet inom spannet för tröskelvärdet
    Givet att annonseringsdatum är 2026-03-02
    Och att uppskattat_värde.totalt är 2 400 000 kr
    Och att uppskattat_värde.per_år saknas
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön  | ja                       |
      | nivå | "central kollektivavtal" |
    När underlaget granskas
    Så ger regeln SOC-02 utfallet "bedömning krävs"

  @godtagbart
  Scenario: Alla tre villkoren ställs
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    När underlaget granskas
    Så ger regeln SOC-02 inget fynd

  @godtagbart
  Scenario: Under tröskelvärdet får myndigheten ställa bara ett av villkoren
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön | ja |
    När underlaget granskas
    Så ger regeln SOC-02 inget fynd

  @okänd
  Scenario: Villkor om lön och semester ställs, men om arbetstid går inte att läsa ut
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    Och att särskilda_kontraktsvillkor.arbetsrättsliga_villkor.arbetstid inte är känd
    När underlaget granskas
    Så ger regeln SOC-02 utfallet "underlag saknas"
    Och fyndet för SOC-02 gäller fältet "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.arbetstid"
    Och saknas uppgiften särskilda_kontraktsvillkor.arbetsrättsliga_villkor.arbetstid för SOC-02

  @okänd
  Scenario: Semestervillkor ställs uttryckligen inte, så en okänd arbetstid ändrar inget
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | nej                      |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    Och att särskilda_kontraktsvillkor.arbetsrättsliga_villkor.arbetstid inte är känd
    När underlaget granskas
    Så ger regeln SOC-02 utfallet "fel"
    Och meddelandet för SOC-02 innehåller "semester: nej, arbetstid: okänt"

  @okänd
  Scenario: Bara villkor om lön ställs och CPV-koderna är inte kända, men behövlighetsbedömningen avgör
    Givet att cpv_koder inte är kända
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön  | ja                       |
      | nivå | "central kollektivavtal" |
    När underlaget granskas
    Så ger regeln SOC-02 utfallet "fel"

  @okänd
  Scenario: Bara villkor om lön ställs, och regimen och CPV-koderna är inte kända
    Givet att cpv_koder inte är kända
    Och att regim inte är känd
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön  | ja                       |
      | nivå | "central kollektivavtal" |
    När underlaget granskas
    Så ger regeln SOC-02 utfallet "underlag saknas"
    Och fyndet för SOC-02 gäller fältet "bilaga_2_tjänst"
    Och saknas uppgiften bilaga_2_tjänst för SOC-02

  @okänd
  Scenario: Bara villkor om lön ställs, CPV-koderna är inte kända och värdet ligger under hela 2026 års spann
    Givet att annonseringsdatum är 2026-03-02
    Och att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    Och att cpv_koder inte är kända
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön | ja |
    När underlaget granskas
    Så ger regeln SOC-02 inget fynd

  @okänd
  Scenario: Bara villkor om lön ställs, behövlighetsbedömningen anger risk och värdet ligger inom 2026 års spann
    Givet att annonseringsdatum är 2026-03-02
    Och att uppskattat_värde.totalt är 2 400 000 kr
    Och att uppskattat_värde.per_år saknas
    Och att cpv_koder inte är kända
    Och underlaget har behövlighetsbedömning med:
      | risk_för_oskäliga_arbetsvillkor | ja |
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön  | ja                       |
      | nivå | "central kollektivavtal" |
    När underlaget granskas
    Så ger regeln SOC-02 utfallet "bedömning krävs"
    Och meddelandet för SOC-02 innehåller "mellan 2 332 800 och 2 505 600 kr"
