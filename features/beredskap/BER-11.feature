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
