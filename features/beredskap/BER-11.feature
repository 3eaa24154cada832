# language: sv
@BER-11
Egenskap: BER-11 Säkerhetsskyddsanalys före säkerhetsskyddad upphandling
  Kan leverantören få tillgång till säkerhetsskyddsklassificerade uppgifter
  eller säkerhetskänslig verksamhet ska en säkerhetsskyddsanalys vara gjord.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Leverantören får tillgång men analysen är inte gjord
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja  |
      | säkerhetsskyddsanalys     | nej |
      | säkerhetsskyddsavtal      | ja  |
    När underlaget granskas
    Så ger regeln BER-11 utfallet "fel"
    Och meddelandet för BER-11 innehåller "(angivet: nej)"
    Och fyndet för BER-11 gäller fältet "beredskap.säkerhetsskydd.säkerhetsskyddsanalys"

  @brist
  Scenario: Underlaget säger inget om analysen
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja |
    När underlaget granskas
    Så ger regeln BER-11 utfallet "fel"
    Och meddelandet för BER-11 innehåller "(angivet: uppgift saknas)"

  @godtagbart
  Scenario: Analysen är gjord
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja |
      | säkerhetsskyddsanalys     | ja |
      | säkerhetsskyddsavtal      | ja |
      | samråd_övervägt           | ja |
    När underlaget granskas
    Så ger regeln BER-11 inget fynd

  @godtagbart
  Scenario: Leverantören får ingen tillgång till säkerhetskänslig verksamhet
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | nej |
    När underlaget granskas
    Så ger regeln BER-11 inget fynd

  @godtagbart
  Scenario: Före säkerhetsskyddslagen (2018:585) prövas inte regeln
    Givet att annonseringsdatum är 2019-03-29
    Och att sista_anbudsdag är 2019-05-10
    Och underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja |
    När underlaget granskas
    Så ger regeln BER-11 inget fynd

  @okänd
  Scenario: Det går inte att se i underlaget om säkerhetsskyddsanalysen är gjord
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja |
      | säkerhetsskyddsavtal      | ja |
    Och att beredskap.säkerhetsskydd.säkerhetsskyddsanalys inte är känd
    När underlaget granskas
    Så ger regeln BER-11 utfallet "underlag saknas"
    Och fyndet för BER-11 gäller fältet "beredskap.säkerhetsskydd.säkerhetsskyddsanalys"
    Och saknas uppgiften beredskap.säkerhetsskydd.säkerhetsskyddsanalys för BER-11

  @okänd
  Scenario: Det är inte utrett om leverantören får tillgång till säkerhetskänslig verksamhet, och ingen analys anges
    Givet att beredskap.säkerhetsskydd.leverantören_får_tillgång inte är känt
    När underlaget granskas
    Så ger regeln BER-11 utfallet "underlag saknas"
    Och fyndet för BER-11 gäller fältet "beredskap.säkerhetsskydd.leverantören_får_tillgång"
    Och saknas uppgiften beredskap.säkerhetsskydd.leverantören_får_tillgång för BER-11

  @okänd
  Scenario: Analysen är gjord, så det spelar ingen roll om leverantören får tillgång
    Givet underlaget har beredskap.säkerhetsskydd med:
      | säkerhetsskyddsanalys | ja |
    Och att beredskap.säkerhetsskydd.leverantören_får_tillgång inte är känt
    När underlaget granskas
    Så ger regeln BER-11 inget fynd

  @okänd
  Scenario: Annonseringsdatum är inte bestämt, och regeln gäller bara från säkerhetsskyddslagen
    Givet att annonseringsdatum inte är känt
    Och underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja |
    När underlaget granskas
    Så ger regeln BER-11 utfallet "underlag saknas"
    Och fyndet för BER-11 gäller fältet "annonseringsdatum"
    Och saknas uppgiften annonseringsdatum för BER-11
