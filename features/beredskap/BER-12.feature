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

  @okänd
  Scenario: Det går inte att se i underlaget om ett säkerhetsskyddsavtal ska ingås
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja |
      | säkerhetsskyddsanalys     | ja |
    Och att beredskap.säkerhetsskydd.säkerhetsskyddsavtal inte är känt
    När underlaget granskas
    Så ger regeln BER-12 utfallet "underlag saknas"
    Och fyndet för BER-12 gäller fältet "beredskap.säkerhetsskydd.säkerhetsskyddsavtal"
    Och saknas uppgiften beredskap.säkerhetsskydd.säkerhetsskyddsavtal för BER-12

  @okänd
  Scenario: Det är inte utrett om leverantören får tillgång, och inget säkerhetsskyddsavtal anges
    Givet att beredskap.säkerhetsskydd.leverantören_får_tillgång inte är känt
    När underlaget granskas
    Så ger regeln BER-12 utfallet "underlag saknas"
    Och fyndet för BER-12 gäller fältet "beredskap.säkerhetsskydd.leverantören_får_tillgång"
    Och saknas uppgiften beredskap.säkerhetsskydd.leverantören_får_tillgång för BER-12

  @okänd
  Scenario: Leverantören får ingen tillgång, så avtalet behöver inte vara känt
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | nej |
    Och att beredskap.säkerhetsskydd.säkerhetsskyddsavtal inte är känt
    När underlaget granskas
    Så ger regeln BER-12 inget fynd
