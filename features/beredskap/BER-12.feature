# language: sv
@BER-12
Egenskap: BER-12 Säkerhetsskyddsavtal när leverantören får del av uppgifter i klassen konfidentiell eller högre
  Kan leverantören få tillgång till uppgifter i säkerhetsskyddsklassen
  konfidentiell eller högre, eller till säkerhetskänslig verksamhet av
  motsvarande betydelse, ska ett säkerhetsskyddsavtal ingås. Tillgång bara till
  uppgifter i klassen begränsat hemlig kräver inget avtal (regelreferensen X-21).

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Uppgifter i klassen konfidentiell, men inget säkerhetsskyddsavtal planeras
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång   | ja              |
      | högsta_säkerhetsskyddsklass | "konfidentiell" |
      | säkerhetskänslig_verksamhet | nej             |
      | säkerhetsskyddsanalys       | ja              |
      | säkerhetsskyddsavtal        | nej             |
    När underlaget granskas
    Så ger regeln BER-12 utfallet "fel"
    Och meddelandet för BER-12 innehåller "i klassen konfidentiell"
    Och meddelandet för BER-12 innehåller "(angivet: nej)"
    Och fyndet för BER-12 gäller fältet "beredskap.säkerhetsskydd.säkerhetsskyddsavtal"

  @brist
  Scenario: Säkerhetskänslig verksamhet av motsvarande betydelse, och underlaget säger inget om avtal
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång   | ja     |
      | högsta_säkerhetsskyddsklass | "ingen" |
      | säkerhetskänslig_verksamhet | ja     |
      | säkerhetsskyddsanalys       | ja     |
    När underlaget granskas
    Så ger regeln BER-12 utfallet "fel"

  @godtagbart
  Scenario: Bara uppgifter i klassen begränsat hemlig: inget säkerhetsskyddsavtal krävs
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång   | ja                 |
      | högsta_säkerhetsskyddsklass | "begränsat hemlig" |
      | säkerhetskänslig_verksamhet | nej                |
      | säkerhetsskyddsanalys       | ja                 |
      | säkerhetsskyddsavtal        | nej                |
    När underlaget granskas
    Så ger regeln BER-12 inget fynd

  @godtagbart
  Scenario: Uppgifter i klassen hemlig, och ett säkerhetsskyddsavtal ska ingås
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång   | ja       |
      | högsta_säkerhetsskyddsklass | "hemlig" |
      | säkerhetskänslig_verksamhet | nej      |
      | säkerhetsskyddsanalys       | ja       |
      | säkerhetsskyddsavtal        | ja       |
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
  Scenario: Tillgång, men underlaget anger inte klassen eller verksamhetens betydelse
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja  |
      | säkerhetsskyddsanalys     | ja  |
      | säkerhetsskyddsavtal      | nej |
    Och att beredskap.säkerhetsskydd.högsta_säkerhetsskyddsklass inte är känd
    Och att beredskap.säkerhetsskydd.säkerhetskänslig_verksamhet inte är känd
    När underlaget granskas
    Så ger regeln BER-12 utfallet "underlag saknas"
    Och fyndet för BER-12 gäller fältet "beredskap.säkerhetsskydd.högsta_säkerhetsskyddsklass"
    Och fyndet för BER-12 gäller fältet "beredskap.säkerhetsskydd.säkerhetskänslig_verksamhet"

  @okänd
  Scenario: Klassen konfidentiell avgör, fast verksamhetens betydelse inte är känd
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång   | ja              |
      | högsta_säkerhetsskyddsklass | "konfidentiell" |
      | säkerhetsskyddsavtal        | nej             |
    Och att beredskap.säkerhetsskydd.säkerhetskänslig_verksamhet inte är känd
    När underlaget granskas
    Så ger regeln BER-12 utfallet "fel"

  @okänd
  Scenario: Det går inte att se i underlaget om ett säkerhetsskyddsavtal ska ingås
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång   | ja              |
      | högsta_säkerhetsskyddsklass | "konfidentiell" |
      | säkerhetsskyddsanalys       | ja              |
    Och att beredskap.säkerhetsskydd.säkerhetsskyddsavtal inte är känt
    När underlaget granskas
    Så ger regeln BER-12 utfallet "underlag saknas"
    Och fyndet för BER-12 gäller fältet "beredskap.säkerhetsskydd.säkerhetsskyddsavtal"
    Och saknas uppgiften beredskap.säkerhetsskydd.säkerhetsskyddsavtal för BER-12

  @okänd
  Scenario: Det är inte utrett om leverantören får tillgång, och inget säkerhetsskyddsavtal anges
    Givet underlaget har beredskap.säkerhetsskydd med:
      | högsta_säkerhetsskyddsklass | "hemlig" |
    Och att beredskap.säkerhetsskydd.leverantören_får_tillgång inte är känt
    När underlaget granskas
    Så ger regeln BER-12 utfallet "underlag saknas"
    Och fyndet för BER-12 gäller fältet "beredskap.säkerhetsskydd.leverantören_får_tillgång"
    Och saknas uppgiften beredskap.säkerhetsskydd.leverantören_får_tillgång för BER-12

  @okänd
  Scenario: Leverantören får ingen tillgång, så varken klassen eller avtalet behöver vara känt
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | nej |
    Och att beredskap.säkerhetsskydd.säkerhetsskyddsavtal inte är känt
    När underlaget granskas
    Så ger regeln BER-12 inget fynd
