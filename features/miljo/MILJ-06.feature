# language: sv
@MILJ-06
Egenskap: MILJ-06 Miljökravet saknar koppling till det som anskaffas
  Ett miljökrav ska ha koppling till det som anskaffas för att vara
  proportionerligt, hur det än används. Regeln ger ett fynd för varje miljökrav
  där underlaget inte beskriver kopplingen.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "60100000-9"
    Och underlaget har inga miljökrav

  @brist
  Scenario: Ett kontraktsvillkor om fordon utan beskriven koppling
    Givet underlaget har ett miljökrav:
      | område     | "Fordon och drivmedel" |
      | nivå       | "avancerad"            |
      | användning | "kontraktsvillkor"     |
      | verifikat  | "Fordonsförteckning"   |
    När underlaget granskas
    Så ger regeln MILJ-06 utfallet "varning"
    Och meddelandet för MILJ-06 innehåller "Fordon och drivmedel"
    Och fyndet för MILJ-06 gäller fältet "miljökrav[0].koppling_till_föremålet"

  @brist
  Scenario: Ett miljöledningssystem krävs som kvalificeringskrav utan koppling till uppdraget
    Givet underlaget har ett miljökrav:
      | område             | "Miljöledningssystem"                   |
      | nivå               | "bas"                                   |
      | användning         | "kvalificeringskrav"                    |
      | verifikat          | "ISO 14001-certifikat eller likvärdigt" |
      | prioriterat_område | "miljöledning"                          |
    När underlaget granskas
    Så ger regeln MILJ-06 utfallet "varning"
    Och meddelandet för MILJ-06 innehåller "(kvalificeringskrav)"

  @godtagbart
  Scenario: Kopplingen till transporterna är beskriven
    Givet underlaget har ett miljökrav:
      | område                  | "Fordon och drivmedel"                                          |
      | nivå                    | "avancerad"                                                     |
      | användning              | "kontraktsvillkor"                                              |
      | verifikat               | "Fordonsförteckning"                                            |
      | koppling_till_föremålet | "Fordonen används för att utföra transporterna i kontraktet" |
    När underlaget granskas
    Så ger regeln MILJ-06 inget fynd

  @okänd
  Scenario: Det går inte att läsa ut hur kravet hänger samman med transporterna
    Givet underlaget har ett miljökrav:
      | område     | "Fordon och drivmedel" |
      | nivå       | "avancerad"            |
      | användning | "kontraktsvillkor"     |
      | verifikat  | "Fordonsförteckning"   |
    Och att miljökrav[0].koppling_till_föremålet inte är känd
    När underlaget granskas
    Så ger regeln MILJ-06 utfallet "underlag saknas"
    Och fyndet för MILJ-06 gäller fältet "miljökrav[0].koppling_till_föremålet"
    Och saknas uppgiften miljökrav[0].koppling_till_föremålet för MILJ-06

  @okänd
  Scenario: Miljökraven står i en bilaga som inte har lästs
    Givet att miljökrav inte är kända
    När underlaget granskas
    Så ger regeln MILJ-06 utfallet "underlag saknas"
    Och fyndet för MILJ-06 gäller fältet "miljökrav"

  @okänd
  Scenario: Av två krav har det ena en beskriven koppling och det andra en som inte går att läsa ut
    Givet underlaget har ett miljökrav:
      | område                  | "Fordon och drivmedel"                                       |
      | nivå                    | "avancerad"                                                  |
      | användning              | "kontraktsvillkor"                                           |
      | verifikat               | "Fordonsförteckning"                                         |
      | koppling_till_föremålet | "Fordonen används för att utföra transporterna i kontraktet" |
    Och underlaget har ett miljökrav:
      | område     | "Däck"                  |
      | nivå       | "bas"                   |
      | användning | "teknisk specifikation" |
      | verifikat  | "Produktblad"           |
    Och att miljökrav[1].koppling_till_föremålet inte är känd
    När underlaget granskas
    Så ger regeln MILJ-06 1 fynd
    Och ger regeln MILJ-06 utfallet "underlag saknas"
    Och fyndet för MILJ-06 gäller fältet "miljökrav[1].koppling_till_föremålet"
