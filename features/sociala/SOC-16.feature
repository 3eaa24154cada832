# language: sv
@SOC-16
Egenskap: SOC-16 Reservation för idéburna organisationer bara för bilaga 2-tjänster och från 2023
  Sedan den 1 januari 2023 får upphandlingar av vissa välfärdstjänster bland
  bilaga 2-tjänsterna reserveras för idéburna organisationer. Om tjänsten är en
  bilaga 2-tjänst följer av CPV-koderna, om underlaget inte anger det.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att regim är "19 kap."
    Och att cpv_koder är "85311000-2"
    Och underlaget har reservation med:
      | slag | "idéburna organisationer" |

  @brist
  Scenario: Lokalvård reserveras för idéburna organisationer
    Givet att cpv_koder är "90911200-8"
    När underlaget granskas
    Så ger regeln SOC-16 utfallet "fel"
    Och meddelandet för SOC-16 innehåller "bilaga 2-tjänst: nej"
    Och fyndet för SOC-16 gäller fältet "bilaga_2_tjänst"

  @brist
  Scenario: En bilaga 2-tjänst reserveras i en upphandling som annonseras dagen före lagändringen
    Givet att annonseringsdatum är 2022-12-31
    Och att sista_anbudsdag är 2023-02-15
    När underlaget granskas
    Så ger regeln SOC-16 utfallet "fel"
    Och meddelandet för SOC-16 innehåller "annonseras 2022-12-31"
    Och fyndet för SOC-16 gäller fältet "annonseringsdatum"

  @godtagbart
  Scenario: Boende för äldre är en bilaga 2-tjänst och upphandlas den dag lagändringen trädde i kraft
    Givet att annonseringsdatum är 2023-01-01
    Och att sista_anbudsdag är 2023-02-15
    När underlaget granskas
    Så ger regeln SOC-16 inget fynd

  @godtagbart
  Scenario: Vårdboende upphandlas som bilaga 2-tjänst 2026 och reserveras
    När underlaget granskas
    Så ger regeln SOC-16 inget fynd

  @okänd
  Scenario: En bilaga 2-tjänst reserveras, men annonseringsdatumet är inte känt
    Givet att annonseringsdatum inte är känt
    När underlaget granskas
    Så ger regeln SOC-16 utfallet "underlag saknas"
    Och fyndet för SOC-16 gäller fältet "annonseringsdatum"
    Och saknas uppgiften annonseringsdatum för SOC-16

  @okänd
  Scenario: CPV-koderna är inte kända i en upphandling som annonseras 2026
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SOC-16 utfallet "underlag saknas"
    Och fyndet för SOC-16 gäller fältet "bilaga_2_tjänst"
    Och saknas uppgiften bilaga_2_tjänst för SOC-16

  @okänd
  Scenario: CPV-koderna är inte kända, men upphandlingen annonseras före lagändringen
    Givet att cpv_koder inte är kända
    Och att annonseringsdatum är 2022-12-31
    Och att sista_anbudsdag är 2023-02-15
    När underlaget granskas
    Så ger regeln SOC-16 utfallet "fel"
    Och meddelandet för SOC-16 innehåller "bilaga 2-tjänst: okänt; annonseras 2022-12-31"
