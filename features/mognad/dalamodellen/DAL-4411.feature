# language: sv
@DAL-4411
Egenskap: DAL-4411 Utfall mot behov: stäms av med leverantören
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, marknads- och leverantörsperspektivet, nivån tillfredsställande:
  ”Stämmer av behovet gentemot utfall genom dialog med leverantören.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4411 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4411 utfallet "varning"
    Och slutsatsen steg4_marknad_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4411 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4411 utfallet "varning"
    Och meddelandet för DAL-4411 innehåller "”delvis”"
    Och slutsatsen steg4_marknad_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4411 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4411 inget fynd
    Och slutsatsen steg4_marknad_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4411 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4411 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4411" för DAL-4411
    Och kan slutsatsen steg4_marknad_nivå1 gälla
