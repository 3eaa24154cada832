# language: sv
@SOC-13
Egenskap: SOC-13 Reservation enligt 19 kap. 25 § bara för bilaga 2-tjänster
  Reservationen för organisationer som ägs eller styrs av personalen, med
  vinsten återinvesterad, finns bara för vissa bilaga 2-tjänster.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "85312000-9"
    Och underlaget har reservation med:
      | slag | "19 kap. 25 §" |

  @brist
  Scenario: En direktivstyrd upphandling reserveras enligt 19 kap. 25 §
    När underlaget granskas
    Så ger regeln SOC-13 utfallet "fel"
    Och meddelandet för SOC-13 innehåller "regimen ”direktivstyrd”"
    Och fyndet för SOC-13 gäller fältet "regim"

  @brist
  Scenario: En upphandling under tröskelvärdet reserveras enligt 19 kap. 25 §
    Givet att regim är "19 kap."
    Och att förfarande är "förenklat"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    När underlaget granskas
    Så ger regeln SOC-13 utfallet "fel"

  @godtagbart
  Scenario: Dagverksamhet upphandlas som bilaga 2-tjänst och reserveras
    Givet att regim är "bilaga 2-tjänst"
    När underlaget granskas
    Så ger regeln SOC-13 inget fynd

  @okänd
  Scenario: Regimen framgår inte av underlaget
    Givet att regim inte är känd
    När underlaget granskas
    Så ger regeln SOC-13 utfallet "underlag saknas"
    Och fyndet för SOC-13 gäller fältet "regim"
    Och saknas uppgiften regim för SOC-13

  @okänd
  Scenario: Det framgår inte vilken reservation som används i en direktivstyrd upphandling
    Givet att reservation.slag inte är känt
    När underlaget granskas
    Så ger regeln SOC-13 utfallet "underlag saknas"
    Och fyndet för SOC-13 gäller fältet "reservation.slag"

  @okänd
  Scenario: Det framgår inte vilken reservation som används, men upphandlingen gäller en bilaga 2-tjänst
    Givet att regim är "bilaga 2-tjänst"
    Och att reservation.slag inte är känt
    När underlaget granskas
    Så ger regeln SOC-13 inget fynd
