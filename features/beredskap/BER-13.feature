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
