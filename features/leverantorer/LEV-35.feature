# language: sv
@LEV-35
Egenskap: LEV-35 Fakultativ uteslutning: brott mot miljö-, social- eller arbetsrättsliga skyldigheter
  En sanktion för brott mot miljö-, social- eller arbetsrättsliga skyldigheter
  kan vara en fakultativ uteslutningsgrund.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Leverantören har fått en arbetsrättslig sanktion
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag        | "miljö-, social- eller arbetsrättslig sanktion" |
      | datum       | 2026-02-10                                     |
      | beskrivning | "Sanktionsavgift från Arbetsmiljöverket"       |
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
