# language: sv
@BER-13
Egenskap: BER-13 Pröva samråd med Säkerhetspolisen eller Försvarsmakten
  Sedan den 1 december 2021 kan en säkerhetsskyddad upphandling kräva samråd
  med tillsynsmyndigheten, som kan besluta om åtgärder eller stoppa
  upphandlingen.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Frågan om samråd är inte prövad
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja |
      | säkerhetsskyddsanalys     | ja |
      | säkerhetsskyddsavtal      | ja |
    När underlaget granskas
    Så ger regeln BER-13 utfallet "varning"
    Och meddelandet för BER-13 innehåller "(angivet: uppgift saknas)"
    Och fyndet för BER-13 gäller fältet "beredskap.säkerhetsskydd.samråd_övervägt"

  @brist
  Scenario: Annonserad samma dag som ändringarna trädde i kraft
    Givet att annonseringsdatum är 2021-12-01
    Och att sista_anbudsdag är 2022-01-14
    Och underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja  |
      | samråd_övervägt           | nej |
    När underlaget granskas
    Så ger regeln BER-13 utfallet "varning"
    Och meddelandet för BER-13 innehåller "(angivet: nej)"

  @godtagbart
  Scenario: Annonserad dagen innan ändringarna trädde i kraft
    Givet att annonseringsdatum är 2021-11-30
    Och att sista_anbudsdag är 2022-01-14
    Och underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja  |
      | samråd_övervägt           | nej |
    När underlaget granskas
    Så ger regeln BER-13 inget fynd

  @godtagbart
  Scenario: Samråd är prövat
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja |
      | säkerhetsskyddsanalys     | ja |
      | säkerhetsskyddsavtal      | ja |
      | samråd_övervägt           | ja |
    När underlaget granskas
    Så ger regeln BER-13 inget fynd

  @godtagbart
  Scenario: Ingen säkerhetsskyddad upphandling
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | nej |
    När underlaget granskas
    Så ger regeln BER-13 inget fynd

  @okänd
  Scenario: Det går inte att se i underlaget om frågan om samråd är prövad
    Givet underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja |
      | säkerhetsskyddsanalys     | ja |
      | säkerhetsskyddsavtal      | ja |
    Och att beredskap.säkerhetsskydd.samråd_övervägt inte är känt
    När underlaget granskas
    Så ger regeln BER-13 utfallet "underlag saknas"
    Och fyndet för BER-13 gäller fältet "beredskap.säkerhetsskydd.samråd_övervägt"
    Och saknas uppgiften beredskap.säkerhetsskydd.samråd_övervägt för BER-13

  @okänd
  Scenario: Annonseringsdatum är inte bestämt, och samrådsskyldigheten gäller från 2021-12-01
    Givet att annonseringsdatum inte är känt
    Och underlaget har beredskap.säkerhetsskydd med:
      | leverantören_får_tillgång | ja  |
      | samråd_övervägt           | nej |
    När underlaget granskas
    Så ger regeln BER-13 utfallet "underlag saknas"
    Och fyndet för BER-13 gäller fältet "annonseringsdatum"
    Och saknas uppgiften annonseringsdatum för BER-13

  @okänd
  Scenario: Samråd är prövat, så det spelar ingen roll om leverantören får tillgång
    Givet underlaget har beredskap.säkerhetsskydd med:
      | samråd_övervägt | ja |
    Och att beredskap.säkerhetsskydd.leverantören_får_tillgång inte är känt
    När underlaget granskas
    Så ger regeln BER-13 inget fynd
