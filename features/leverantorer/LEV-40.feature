# language: sv
@LEV-40
Egenskap: LEV-40 Leverantörens omsättning når inte upphandlingens omsättningskrav
  Mot ett förfrågningsunderlag jämförs leverantörens omsättning det senaste
  redovisade året (här 2025: 38 000 000 kr) med varje omsättningskrav.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Omsättningen är lägre än kravet
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och upphandlingen har ett kvalificeringskrav:
      | typ    | "omsättning"   |
      | belopp | 38 000 001 kr  |
    När leverantören granskas
    Så ger regeln LEV-40 utfallet "varning"
    Och meddelandet för LEV-40 innehåller "leverantörens omsättning det senaste redovisade året är 38 000 000 kr"
    Och bygger fyndet för LEV-40 på uppgiften omsättning från "Bolagsverket" hämtad 2026-11-02

  @brist
  Scenario: Bara det senaste året räknas, fast ett tidigare år når kravet
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att uppgiften omsättning saknas i källan
    Och uppgiften omsättning har ett element:
      | år     | 2023          |
      | belopp | 50 000 000 kr |
    Och uppgiften omsättning har ett element:
      | år     | 2025          |
      | belopp | 20 000 000 kr |
    Och upphandlingen har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 30 000 000 kr |
    När leverantören granskas
    Så ger regeln LEV-40 utfallet "varning"
    Och meddelandet för LEV-40 innehåller "20 000 000 kr"

  @godtagbart
  Scenario: Omsättningen är exakt lika med kravet
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och upphandlingen har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 38 000 000 kr |
    När leverantören granskas
    Så ger regeln LEV-40 inget fynd

  @godtagbart
  Scenario: Utan en upphandling finns inget krav att jämföra med
    När leverantören granskas
    Så ger regeln LEV-40 inget fynd


  @godtagbart
  Scenario: Ett krav som inte gäller omsättning jämförs inte
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och upphandlingen har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 3 år              |
    När leverantören granskas
    Så ger regeln LEV-40 inget fynd

  @okänd
  Scenario: Omsättningen är inte hämtad
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att uppgiften omsättning inte är hämtad
    Och upphandlingen har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 10 000 000 kr |
    När leverantören granskas
    Så ger regeln LEV-40 utfallet "underlag saknas"
