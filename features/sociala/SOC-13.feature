# language: sv
@SOC-13
Egenskap: SOC-13 Reservation enligt 19 kap. 25 § bara för bilaga 2-tjänster
  Reservationen för organisationer som ägs eller styrs av personalen, med
  vinsten återinvesterad, finns bara för vissa bilaga 2-tjänster. Om tjänsten är
  en bilaga 2-tjänst följer av CPV-koderna, om underlaget inte anger det.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att regim är "19 kap."
    Och att cpv_koder är "85312000-9"
    Och underlaget har reservation med:
      | slag | "19 kap. 25 §" |

  @brist
  Scenario: Lokalvård reserveras enligt 19 kap. 25 §
    Givet att cpv_koder är "90911200-8"
    När underlaget granskas
    Så ger regeln SOC-13 utfallet "fel"
    Och meddelandet för SOC-13 innehåller "tjänsten är inte en bilaga 2-tjänst"
    Och fyndet för SOC-13 gäller fältet "bilaga_2_tjänst"

  @brist
  Scenario: Myndigheten anger själv att tjänsten inte är en bilaga 2-tjänst
    Givet att bilaga_2_tjänst är nej
    När underlaget granskas
    Så ger regeln SOC-13 utfallet "fel"

  @godtagbart
  Scenario: Dagverksamhet är en bilaga 2-tjänst enligt sin CPV-kod och reserveras
    När underlaget granskas
    Så ger regeln SOC-13 inget fynd

  @godtagbart
  Scenario: Ett äldre underlag med regimen ”bilaga 2-tjänst” läses som en bilaga 2-tjänst
    Givet att regim är "bilaga 2-tjänst"
    Och att cpv_koder är "90911200-8"
    När underlaget granskas
    Så ger regeln SOC-13 inget fynd

  @okänd
  Scenario: CPV-koderna är inte kända, så det framgår inte om tjänsten är en bilaga 2-tjänst
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SOC-13 utfallet "underlag saknas"
    Och fyndet för SOC-13 gäller fältet "bilaga_2_tjänst"
    Och saknas uppgiften bilaga_2_tjänst för SOC-13

  @okänd
  Scenario: CPV-koderna är blandade, och underlaget säger inte vilket som är huvudföremålet
    Givet att cpv_koder är "85312000-9", "90911200-8"
    Och att bilaga_2_tjänst inte är känd
    När underlaget granskas
    Så ger regeln SOC-13 utfallet "underlag saknas"
    Och fyndet för SOC-13 gäller fältet "bilaga_2_tjänst"

  @okänd
  Scenario: Det framgår inte vilken reservation som används i en upphandling av lokalvård
    Givet att cpv_koder är "90911200-8"
    Och att reservation.slag inte är känt
    När underlaget granskas
    Så ger regeln SOC-13 utfallet "underlag saknas"
    Och fyndet för SOC-13 gäller fältet "reservation.slag"

  @okänd
  Scenario: Det framgår inte vilken reservation som används, men upphandlingen gäller en bilaga 2-tjänst
    Givet att reservation.slag inte är känt
    När underlaget granskas
    Så ger regeln SOC-13 inget fynd
