# language: sv
@SOC-14
Egenskap: SOC-14 Reservation enligt 19 kap. 25 § för tjänster utanför lagens lista
  En reservation enligt 19 kap. 25 § får bara avse de tjänster vars CPV-koder
  lagen räknar upp. Kravmotors lista är inte kontrollerad mot lagtexten, så
  regeln varnar.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att regim är "19 kap."
    Och underlaget har reservation med:
      | slag | "19 kap. 25 §" |

  @brist
  Scenario: Företagstjänster reserveras enligt 19 kap. 25 §
    Givet att cpv_koder är "79000000-4"
    När underlaget granskas
    Så ger regeln SOC-14 utfallet "varning"
    Och meddelandet för SOC-14 innehåller "79000000-4"
    Och fyndet för SOC-14 gäller fältet "klassning.reserverbara_tjänster"

  @brist
  Scenario: Hotelltjänster reserveras enligt 19 kap. 25 §
    Givet att cpv_koder är "55110000-4"
    När underlaget granskas
    Så ger regeln SOC-14 utfallet "varning"

  @godtagbart
  Scenario: Sociala tjänster utan inkvartering (CPV 85312000-9)
    Givet att cpv_koder är "85312000-9"
    När underlaget granskas
    Så ger regeln SOC-14 inget fynd

  @godtagbart
  Scenario: Förskoleundervisning (CPV 80110000-8)
    Givet att cpv_koder är "80110000-8"
    När underlaget granskas
    Så ger regeln SOC-14 inget fynd

  @godtagbart
  Scenario: Hemtjänst- och vårdpersonal anges bara för ett delkontrakt
    Givet att cpv_koder är "79600000-0"
    Och underlaget har ett delkontrakt:
      | namn      | "Personal till hemtjänsten i Östra distriktet" |
      | cpv_koder | "79622000-0", "79624000-4"                     |
    När underlaget granskas
    Så ger regeln SOC-14 inget fynd

  @okänd
  Scenario: En reservation enligt 19 kap. 25 § där CPV-koderna inte är kända
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SOC-14 utfallet "underlag saknas"
    Och fyndet för SOC-14 gäller fältet "cpv_koder"
    Och saknas uppgiften cpv_koder för SOC-14

  @okänd
  Scenario: Det framgår inte vilken reservation som används, men tjänsten får reserveras
    Givet att cpv_koder är "85312000-9"
    Och att reservation.slag inte är känt
    När underlaget granskas
    Så ger regeln SOC-14 inget fynd

  @okänd
  Scenario: Det framgår inte vilken reservation som används, och företagstjänster får inte reserveras
    Givet att cpv_koder är "79000000-4"
    Och att reservation.slag inte är känt
    När underlaget granskas
    Så ger regeln SOC-14 utfallet "underlag saknas"
    Och fyndet för SOC-14 gäller fältet "reservation.slag"
