# language: sv
@SOC-03
Egenskap: SOC-03 Arbetsrättsliga villkor på lägre nivå än centralt kollektivavtal
  Obligatoriska villkor ska motsvara lägsta nivån i ett centralt kollektivavtal
  som tillämpas i hela Sverige, eller ILO:s kärnkonventioner där svensk
  arbetsrätt inte är tillämplig.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att annonseringsdatum är 2025-10-06
    Och att cpv_koder är "90911200-8"
    Och underlaget har behövlighetsbedömning med:
      | risk_för_oskäliga_arbetsvillkor | ja |

  @brist
  Scenario: Villkoren anges på lagens nivå
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja    |
      | semester                 | ja    |
      | arbetstid                | ja    |
      | nivå                     | "lag" |
      | gäller_underleverantörer | ja    |
    När underlaget granskas
    Så ger regeln SOC-03 utfallet "fel"
    Och meddelandet för SOC-03 innehåller "nivån ”lag”"
    Och fyndet för SOC-03 gäller fältet "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.nivå"

  @brist
  Scenario: Villkoren anger ingen nivå
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja |
      | semester                 | ja |
      | arbetstid                | ja |
      | gäller_underleverantörer | ja |
    När underlaget granskas
    Så ger regeln SOC-03 utfallet "fel"
    Och meddelandet för SOC-03 innehåller "nivån ”uppgift saknas”"

  @brist
  Scenario: ILO:s kärnkonventioner för arbete som utförs i Sverige
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "ILO:s kärnkonventioner" |
      | gäller_underleverantörer | ja                       |
    När underlaget granskas
    Så ger regeln SOC-03 utfallet "fel"
    Och meddelandet för SOC-03 innehåller "svensk arbetsrätt tillämplig: ja"

  @godtagbart
  Scenario: Villkoren anges på lägsta nivån i ett centralt kollektivavtal
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    När underlaget granskas
    Så ger regeln SOC-03 inget fynd

  @godtagbart
  Scenario: Arbetet utförs där svensk arbetsrätt inte gäller och villkoren följer ILO:s kärnkonventioner
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                          | ja                       |
      | semester                     | ja                       |
      | arbetstid                    | ja                       |
      | nivå                         | "ILO:s kärnkonventioner" |
      | svensk_arbetsrätt_tillämplig | nej                      |
      | gäller_underleverantörer     | ja                       |
    När underlaget granskas
    Så ger regeln SOC-03 inget fynd

  @godtagbart
  Scenario: Under tröskelvärdet prövas inte nivån på frivilliga villkor
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön       | ja    |
      | semester  | ja    |
      | arbetstid | ja    |
      | nivå      | "lag" |
    När underlaget granskas
    Så ger regeln SOC-03 inget fynd

  @okänd
  Scenario: Nivån på villkoren går inte att läsa ut ur avtalsbilagan
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja |
      | semester                 | ja |
      | arbetstid                | ja |
      | gäller_underleverantörer | ja |
    Och att särskilda_kontraktsvillkor.arbetsrättsliga_villkor.nivå inte är känd
    När underlaget granskas
    Så ger regeln SOC-03 utfallet "underlag saknas"
    Och fyndet för SOC-03 gäller fältet "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.nivå"
    Och saknas uppgiften särskilda_kontraktsvillkor.arbetsrättsliga_villkor.nivå för SOC-03

  @okänd
  Scenario: Villkoren följer ett centralt kollektivavtal, men det framgår inte om arbetet utförs i Sverige
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    Och att särskilda_kontraktsvillkor.arbetsrättsliga_villkor.svensk_arbetsrätt_tillämplig inte är känd
    När underlaget granskas
    Så ger regeln SOC-03 utfallet "underlag saknas"
    Och fyndet för SOC-03 gäller fältet "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.svensk_arbetsrätt_tillämplig"

  @okänd
  Scenario: Villkoren anges på lagens nivå, var arbetet än utförs
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja    |
      | semester                 | ja    |
      | arbetstid                | ja    |
      | nivå                     | "lag" |
      | gäller_underleverantörer | ja    |
    Och att särskilda_kontraktsvillkor.arbetsrättsliga_villkor.svensk_arbetsrätt_tillämplig inte är känd
    När underlaget granskas
    Så ger regeln SOC-03 utfallet "fel"
    Och meddelandet för SOC-03 innehåller "svensk arbetsrätt tillämplig: okänt"

  @okänd
  Scenario: Villkoren anges på lagens nivå, och regimen och CPV-koderna är inte kända
    Givet att cpv_koder inte är kända
    Och att regim inte är känd
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja    |
      | semester                 | ja    |
      | arbetstid                | ja    |
      | nivå                     | "lag" |
      | gäller_underleverantörer | ja    |
    När underlaget granskas
    Så ger regeln SOC-03 utfallet "underlag saknas"
    Och fyndet för SOC-03 gäller fältet "bilaga_2_tjänst"