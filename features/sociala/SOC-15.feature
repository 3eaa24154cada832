# language: sv
@SOC-15
Egenskap: SOC-15 Reserverat kontrakt enligt 19 kap. 25 § längre än tre år
  Ett kontrakt som reserveras enligt 19 kap. 25 § får löpa högst tre år, som
  art. 77.3 i direktiv 2014/24/EU uttryckligen säger (regelreferensen X-22). En
  längre avtalstid, med förlängningar, är fel.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att regim är "19 kap."
    Och att cpv_koder är "85312000-9"
    Och underlaget har reservation med:
      | slag | "19 kap. 25 §" |

  @brist
  Scenario: Två års avtal med två års förlängning
    Givet underlaget har avtalstid med:
      | grundperiod_månader | 24 |
      | förlängning_månader | 24 |
    När underlaget granskas
    Så ger regeln SOC-15 utfallet "fel"
    Och meddelandet för SOC-15 innehåller "48 månader"
    Och fyndet för SOC-15 gäller fältet "avtalstid.förlängning_månader"

  @godtagbart
  Scenario: Två års avtal med ett års förlängning, exakt tre år
    Givet underlaget har avtalstid med:
      | grundperiod_månader | 24 |
      | förlängning_månader | 12 |
    När underlaget granskas
    Så ger regeln SOC-15 inget fynd

  @brist
  Scenario: Tre år och en månad med förlängningen
    Givet underlaget har avtalstid med:
      | grundperiod_månader | 36 |
      | förlängning_månader | 1  |
    När underlaget granskas
    Så ger regeln SOC-15 utfallet "fel"

  @okänd
  Scenario: Grundperiodens längd framgår inte och förlängningen är ett år
    Givet underlaget har avtalstid med:
      | förlängning_månader | 12 |
    Och att avtalstid.grundperiod_månader inte är känd
    När underlaget granskas
    Så ger regeln SOC-15 utfallet "underlag saknas"
    Och fyndet för SOC-15 gäller fältet "avtalstid.grundperiod_månader"
    Och saknas uppgiften avtalstid.grundperiod_månader för SOC-15

  @okänd
  Scenario: Det framgår inte vilken reservation som används, men avtalet löper högst tre år
    Givet underlaget har avtalstid med:
      | grundperiod_månader | 24 |
      | förlängning_månader | 12 |
    Och att reservation.slag inte är känt
    När underlaget granskas
    Så ger regeln SOC-15 inget fynd

  @okänd
  Scenario: Det framgår inte vilken reservation som används, och avtalet kan löpa fyra år
    Givet underlaget har avtalstid med:
      | grundperiod_månader | 24 |
      | förlängning_månader | 24 |
    Och att reservation.slag inte är känt
    När underlaget granskas
    Så ger regeln SOC-15 utfallet "underlag saknas"
    Och fyndet för SOC-15 gäller fältet "reservation.slag"
