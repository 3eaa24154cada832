# language: sv
@MILJ-04
Egenskap: MILJ-04 Spjutspetskrav utan belägg för att marknaden kan uppfylla det
  Ett krav på spjutspetsnivå efterfrågar det bästa tillgängliga alternativet på
  marknaden, och utbudet är mindre. Regeln begär en bedömning när underlaget inte
  visar att marknaden har undersökts och kan uppfylla kravet.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "60100000-9"
    Och underlaget har inga miljökrav

  @brist
  Scenario: Spjutspetskrav utan marknadsanalys
    Givet underlaget har ett miljökrav:
      | område     | "Eldrivna fordon"  |
      | nivå       | "spjutspets"       |
      | användning | "kontraktsvillkor" |
    När underlaget granskas
    Så ger regeln MILJ-04 utfallet "bedömning krävs"
    Och meddelandet för MILJ-04 innehåller "Eldrivna fordon"
    Och fyndet för MILJ-04 gäller fältet "miljökrav[0].marknadsanalys"

  @brist
  Scenario: Marknadsanalysen visar att marknaden inte kan uppfylla kravet
    Givet underlaget har ett miljökrav:
      | område                 | "Eldrivna fordon"                        |
      | nivå                   | "spjutspets"                             |
      | användning             | "kontraktsvillkor"                       |
      | marknadsanalys         | "RFI till tolv åkerier, fyra svar"       |
      | marknaden_kan_uppfylla | nej                                      |
    När underlaget granskas
    Så ger regeln MILJ-04 utfallet "bedömning krävs"
    Och meddelandet för MILJ-04 innehåller "marknaden kan uppfylla: nej"

  @brist
  Scenario: Marknadsanalysen är gjord men slutsatsen är inte angiven
    Givet underlaget har ett miljökrav:
      | område         | "Eldrivna fordon"                  |
      | nivå           | "spjutspets"                       |
      | användning     | "kontraktsvillkor"                 |
      | marknadsanalys | "RFI till tolv åkerier, fyra svar" |
    När underlaget granskas
    Så ger regeln MILJ-04 utfallet "bedömning krävs"
    Och fyndet för MILJ-04 gäller fältet "miljökrav[0].marknaden_kan_uppfylla"

  @brist
  Scenario: Två spjutspetskrav, bara det ena är prövat mot marknaden
    Givet underlaget har ett miljökrav:
      | område                 | "Eldrivna fordon"                  |
      | nivå                   | "spjutspets"                       |
      | användning             | "kontraktsvillkor"                 |
      | marknadsanalys         | "RFI till tolv åkerier, sju svar"  |
      | marknaden_kan_uppfylla | ja                                 |
    Och underlaget har ett miljökrav:
      | område     | "Förnybart drivmedel i arbetsmaskiner" |
      | nivå       | "spjutspets"                           |
      | användning | "tilldelningskriterium"                |
    När underlaget granskas
    Så ger regeln MILJ-04 1 fynd
    Och fyndet för MILJ-04 gäller fältet "miljökrav[1].marknadsanalys"

  @godtagbart
  Scenario: Marknadsanalysen visar att marknaden kan uppfylla spjutspetskravet
    Givet underlaget har ett miljökrav:
      | område                 | "Eldrivna fordon"                 |
      | nivå                   | "spjutspets"                      |
      | användning             | "kontraktsvillkor"                |
      | marknadsanalys         | "RFI till tolv åkerier, sju svar" |
      | marknaden_kan_uppfylla | ja                                |
    När underlaget granskas
    Så ger regeln MILJ-04 inget fynd

  @godtagbart
  Scenario: Ett krav på avancerad nivå behöver ingen marknadsanalys här
    Givet underlaget har ett miljökrav:
      | område     | "Fordon och drivmedel" |
      | nivå       | "avancerad"            |
      | användning | "kontraktsvillkor"     |
    När underlaget granskas
    Så ger regeln MILJ-04 inget fynd

  @okänd
  Scenario: Kravets nivå går inte att läsa ut och ingen marknadsanalys finns
    Givet underlaget har ett miljökrav:
      | område     | "Eldrivna fordon"  |
      | nivå       | "spjutspets"       |
      | användning | "kontraktsvillkor" |
    Och att miljökrav[0].nivå inte är känd
    När underlaget granskas
    Så ger regeln MILJ-04 utfallet "underlag saknas"
    Och fyndet för MILJ-04 gäller fältet "miljökrav[0].nivå"
    Och saknas uppgiften miljökrav[0].nivå för MILJ-04

  @okänd
  Scenario: Kravets nivå är okänd, men marknadsanalysen visar att marknaden kan uppfylla det
    Givet underlaget har ett miljökrav:
      | område                 | "Eldrivna fordon"                 |
      | nivå                   | "spjutspets"                      |
      | användning             | "kontraktsvillkor"                |
      | marknadsanalys         | "RFI till tolv åkerier, sju svar" |
      | marknaden_kan_uppfylla | ja                                |
    Och att miljökrav[0].nivå inte är känd
    När underlaget granskas
    Så ger regeln MILJ-04 inget fynd

  @okänd
  Scenario: Marknadsanalysen är gjord, men dess slutsats går inte att läsa ut
    Givet underlaget har ett miljökrav:
      | område         | "Eldrivna fordon"                  |
      | nivå           | "spjutspets"                       |
      | användning     | "kontraktsvillkor"                 |
      | marknadsanalys | "RFI till tolv åkerier, fyra svar" |
    Och att miljökrav[0].marknaden_kan_uppfylla inte är känt
    När underlaget granskas
    Så ger regeln MILJ-04 utfallet "underlag saknas"
    Och fyndet för MILJ-04 gäller fältet "miljökrav[0].marknaden_kan_uppfylla"
