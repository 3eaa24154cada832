# language: sv
@SOC-02
Egenskap: SOC-02 Villkor om lön, semester och arbetstid ska alla ställas
  När arbetsrättsliga villkor är obligatoriska ska villkor ställas om lön,
  semester och arbetstid, även om risken gäller bara ett av områdena.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att annonseringsdatum är 2025-10-06
    Och att cpv_koder är "90911200-8"
    Och att behövlighetsbedömning saknas

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
    Och att förfarande är "förenklat"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön | ja |
    När underlaget granskas
    Så ger regeln SOC-02 inget fynd
