# language: sv
@SOC-04
Egenskap: SOC-04 Arbetsrättsliga villkor gäller inte underleverantörer
  När arbetsrättsliga villkor är obligatoriska ska de också gälla
  underleverantörer som direkt medverkar till att fullgöra kontraktet.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att annonseringsdatum är 2025-10-06
    Och att cpv_koder är "45214200-2"
    Och att upphandlingsslag är "byggentreprenad"
    Och att uppskattat_värde.totalt är 95 000 000 kr
    Och att uppskattat_värde.per_år saknas
    Och underlaget har behövlighetsbedömning med:
      | risk_för_oskäliga_arbetsvillkor | ja |

  @brist
  Scenario: En byggentreprenad med villkor som bara gäller huvudentreprenören
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | nej                      |
    När underlaget granskas
    Så ger regeln SOC-04 utfallet "fel"
    Och meddelandet för SOC-04 innehåller "95 000 000 kr"
    Och fyndet för SOC-04 gäller fältet "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.gäller_underleverantörer"

  @brist
  Scenario: Underlaget säger inget om underleverantörer
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön       | ja                       |
      | semester  | ja                       |
      | arbetstid | ja                       |
      | nivå      | "central kollektivavtal" |
    När underlaget granskas
    Så ger regeln SOC-04 utfallet "fel"

  @godtagbart
  Scenario: Villkoren gäller också underleverantörer
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | ja                       |
    När underlaget granskas
    Så ger regeln SOC-04 inget fynd

  @godtagbart
  Scenario: Under tröskelvärdet behöver frivilliga villkor inte gälla underleverantörer
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 30 000 000 kr
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön       | ja                       |
      | semester  | ja                       |
      | arbetstid | ja                       |
      | nivå      | "central kollektivavtal" |
    När underlaget granskas
    Så ger regeln SOC-04 inget fynd

  @okänd
  Scenario: Det går inte att läsa ut om villkoren gäller underleverantörer
    Givet underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön       | ja                       |
      | semester  | ja                       |
      | arbetstid | ja                       |
      | nivå      | "central kollektivavtal" |
    Och att särskilda_kontraktsvillkor.arbetsrättsliga_villkor.gäller_underleverantörer inte är känt
    När underlaget granskas
    Så ger regeln SOC-04 utfallet "underlag saknas"
    Och fyndet för SOC-04 gäller fältet "särskilda_kontraktsvillkor.arbetsrättsliga_villkor.gäller_underleverantörer"
    Och saknas uppgiften särskilda_kontraktsvillkor.arbetsrättsliga_villkor.gäller_underleverantörer för SOC-04

  @okänd
  Scenario: Upphandlingsslaget framgår inte, men 95 000 000 kr når tröskelvärdet för både tjänster och byggentreprenader
    Givet att upphandlingsslag inte är känt
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | nej                      |
    När underlaget granskas
    Så ger regeln SOC-04 utfallet "fel"
    Och meddelandet för SOC-04 innehåller "når tröskelvärdet mellan 2 389 585 och 59 880 179 kr"

  @okänd
  Scenario: Upphandlingsslaget framgår inte, och 30 000 000 kr når tröskelvärdet för tjänster men inte för byggentreprenader
    Givet att uppskattat_värde.totalt är 30 000 000 kr
    Och att upphandlingsslag inte är känt
    Och underlaget har särskilda_kontraktsvillkor.arbetsrättsliga_villkor med:
      | lön                      | ja                       |
      | semester                 | ja                       |
      | arbetstid                | ja                       |
      | nivå                     | "central kollektivavtal" |
      | gäller_underleverantörer | nej                      |
    När underlaget granskas
    Så ger regeln SOC-04 utfallet "underlag saknas"
    Och fyndet för SOC-04 gäller fältet "upphandlingsslag"
    Och saknas uppgiften upphandlingsslag för SOC-04
