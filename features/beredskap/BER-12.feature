# language: sv
@BER-12
Egenskap: BER-12 Säkerhetsskyddsavtal när leverantören får del av säkerhetskänslig verksamhet
  Kan leverantören få tillgång till säkerhetsskyddsklassificerade uppgifter
  eller säkerhetskänslig verksamhet ska ett säkerhetsskyddsavtal ingås.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Inget säkerhetsskyddsavtal planeras
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja  |
      | säkerhetsskyddsanalys     | ja  |
      | säkerhetsskyddsavtal      | nej |
    När underlaget granskas
    Så ger regeln BER-12 utfallet "fel"
    Och meddelandet för BER-12 innehåller "(angivet: nej)"
    Och fyndet för BER-12 gäller fältet "beredskap.säkerhetsskydd.säkerhetsskyddsavtal"

  @brist
  Scenario: Underlaget säger inget om säkerhetsskyddsavtal
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja |
      | säkerhetsskyddsanalys     | ja |
    När underlaget granskas
    Så ger regeln BER-12 utfallet "fel"

  @godtagbart
  Scenario: Ett säkerhetsskyddsavtal ska ingås
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja |
      | säkerhetsskyddsanalys     | ja |
      | säkerhetsskyddsavtal      | ja |
    När underlaget granskas
    Så ger regeln BER-12 inget fynd

  @godtagbart
  Scenario: Leverantören får ingen tillgång
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | nej |
      | säkerhetsskyddsavtal      | nej |
    När underlaget granskas
    Så ger regeln BER-12 inget fynd
