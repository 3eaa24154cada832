# language: sv
@LEV-41
Egenskap: LEV-41 Upphandlingen är i en riskbransch
  När leverantören granskas mot en upphandling i en riskbransch (efter
  upphandlingens CPV-koder, se rules/klassningar/riskbransch.yaml) ska den och
  alla led av underleverantörer kontrolleras, vid start och löpande.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Upphandlingen gäller lokalvård
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens cpv_koder är "90911200-8"
    När leverantören granskas
    Så ger regeln LEV-41 utfallet "info"
    Och meddelandet för LEV-41 innehåller "riskbransch"
    Och meddelandet för LEV-41 innehåller "lokalvård"

  @brist
  Scenario: Upphandlingen gäller byggentreprenad
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens upphandlingsslag är "byggentreprenad"
    Och att upphandlingens cpv_koder är "45214200-2"
    När leverantören granskas
    Så ger regeln LEV-41 utfallet "info"

  @godtagbart
  Scenario: Upphandlingen gäller konsulttjänster, som inte är en riskbransch
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens cpv_koder är "79000000-4"
    När leverantören granskas
    Så ger regeln LEV-41 inget fynd

  @godtagbart
  Scenario: Utan en upphandling finns ingen bransch att bedöma
    När leverantören granskas
    Så ger regeln LEV-41 inget fynd

  @godtagbart
  Scenario: Regeln nämner riskbranschen en gång, för huvudleverantören
    Givet att leverantören har 1 led underleverantörer
    Och att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens cpv_koder är "90911200-8"
    När leverantören granskas
    Så ger regeln LEV-41 1 fynd

  @okänd
  Scenario: Upphandlingens CPV-koder är inte kända
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens cpv_koder inte är kända
    När leverantören granskas
    Så ger regeln LEV-41 utfallet "underlag saknas"
    Och fyndet för LEV-41 gäller fältet "upphandling.cpv_koder"

  @okänd
  Scenario: Delkontraktens CPV-koder är inte kända
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens cpv_koder är "79000000-4"
    Och att upphandlingens delkontrakt inte är kända
    När leverantören granskas
    Så ger regeln LEV-41 utfallet "underlag saknas"
    Och fyndet för LEV-41 gäller fältet "upphandling.delkontrakt"
