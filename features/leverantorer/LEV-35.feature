# language: sv
@LEV-35
Egenskap: LEV-35 Fakultativ uteslutning: brott mot miljö-, social- eller arbetsrättsliga skyldigheter
  En sanktion för brott mot miljö-, social- eller arbetsrättsliga skyldigheter
  kan vara en fakultativ uteslutningsgrund, sedan 2022-07-01 bara i tre år från
  överträdelsen (regelreferensen X-10). Granskningsdagen är 2026-11-16.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Leverantören har fått en arbetsrättslig sanktion
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag           | "miljö-, social- eller arbetsrättslig sanktion" |
      | datum          | 2026-02-10                                     |
      | händelsedatum  | 2025-08-20                                     |
      | beskrivning    | "Sanktionsavgift från Arbetsmiljöverket"       |
    När leverantören granskas
    Så ger regeln LEV-35 utfallet "bedömning krävs"
    Och meddelandet för LEV-35 innehåller "sanktion"

  @godtagbart
  Scenario: Leverantören är bara inblandad i en ekonomisk tvist
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag | "ekonomisk tvist" |
    När leverantören granskas
    Så ger regeln LEV-35 inget fynd

  @godtagbart
  Scenario: Inga rättsliga förfaranden
    När leverantören granskas
    Så ger regeln LEV-35 inget fynd

  @okänd
  Scenario: De rättsliga förfarandena är inte hämtade
    Givet att uppgiften rättsliga_förfaranden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-35 utfallet "underlag saknas"

  @godtagbart
  Scenario: Överträdelsen skedde för mer än tre år sedan
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag          | "miljö-, social- eller arbetsrättslig sanktion" |
      | datum         | 2024-02-10                                     |
      | händelsedatum | 2023-06-01                                     |
    När leverantören granskas
    Så ger regeln LEV-35 inget fynd

  @godtagbart
  Scenario: Sanktionen beslutades för mer än tre år sedan, så överträdelsen är ännu äldre
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag  | "miljö-, social- eller arbetsrättslig sanktion" |
      | datum | 2023-01-10                                     |
    Och att uppgiften rättsliga_förfaranden[0].händelsedatum inte är känd
    När leverantören granskas
    Så ger regeln LEV-35 inget fynd

  @okänd
  Scenario: Sanktionen beslutades i år, men det framgår inte när överträdelsen skedde
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag  | "miljö-, social- eller arbetsrättslig sanktion" |
      | datum | 2026-02-10                                     |
    Och att uppgiften rättsliga_förfaranden[0].händelsedatum inte är känd
    När leverantören granskas
    Så ger regeln LEV-35 utfallet "underlag saknas"
    Och fyndet för LEV-35 gäller fältet "rättsliga_förfaranden[0].händelsedatum"
