# language: sv
@SOC-16
Egenskap: SOC-16 Reservation för idéburna organisationer bara för bilaga 2-tjänster och från 2023
  Sedan den 1 januari 2023 får upphandlingar av vissa välfärdstjänster bland
  bilaga 2-tjänsterna reserveras för idéburna organisationer.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "85311000-2"
    Och underlaget har reservation med:
      | slag | "idéburna organisationer" |

  @brist
  Scenario: En direktivstyrd upphandling reserveras för idéburna organisationer
    När underlaget granskas
    Så ger regeln SOC-16 utfallet "fel"
    Och meddelandet för SOC-16 innehåller "regimen ”direktivstyrd”"
    Och fyndet för SOC-16 gäller fältet "regim"

  @brist
  Scenario: En bilaga 2-tjänst reserveras i en upphandling som annonseras dagen före lagändringen
    Givet att regim är "bilaga 2-tjänst"
    Och att annonseringsdatum är 2022-12-31
    Och att sista_anbudsdag är 2023-02-15
    När underlaget granskas
    Så ger regeln SOC-16 utfallet "fel"
    Och meddelandet för SOC-16 innehåller "annonseras 2022-12-31"
    Och fyndet för SOC-16 gäller fältet "annonseringsdatum"

  @godtagbart
  Scenario: Boende för äldre upphandlas som bilaga 2-tjänst den dag lagändringen trädde i kraft
    Givet att regim är "bilaga 2-tjänst"
    Och att annonseringsdatum är 2023-01-01
    Och att sista_anbudsdag är 2023-02-15
    När underlaget granskas
    Så ger regeln SOC-16 inget fynd

  @godtagbart
  Scenario: Vårdboende upphandlas som bilaga 2-tjänst 2026 och reserveras
    Givet att regim är "bilaga 2-tjänst"
    När underlaget granskas
    Så ger regeln SOC-16 inget fynd

  @okänd
  Scenario: En bilaga 2-tjänst reserveras, men annonseringsdatumet är inte känt
    Givet att regim är "bilaga 2-tjänst"
    Och att annonseringsdatum inte är känt
    När underlaget granskas
    Så ger regeln SOC-16 utfallet "underlag saknas"
    Och fyndet för SOC-16 gäller fältet "annonseringsdatum"
    Och saknas uppgiften annonseringsdatum för SOC-16

  @okänd
  Scenario: Regimen framgår inte i en upphandling som annonseras 2026
    Givet att regim inte är känd
    När underlaget granskas
    Så ger regeln SOC-16 utfallet "underlag saknas"
    Och fyndet för SOC-16 gäller fältet "regim"
    Och saknas uppgiften regim för SOC-16

  @okänd
  Scenario: Regimen framgår inte, men upphandlingen annonseras före lagändringen
    Givet att regim inte är känd
    Och att annonseringsdatum är 2022-12-31
    Och att sista_anbudsdag är 2023-02-15
    När underlaget granskas
    Så ger regeln SOC-16 utfallet "fel"
    Och meddelandet för SOC-16 innehåller "regimen ”okänt” och annonseras 2022-12-31"
