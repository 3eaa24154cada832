# language: sv
@DAL-4321
Egenskap: DAL-4321 Mätning av kvalitet och effekt: nationella index följs
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, resurs- och kompetensperspektivet, nivån tillfredsställande:
  ”Följer nationellt framtagna index som mäter kvalitet och effekt hos upphandlande myndigheter
  till exempel Sveriges kommuner och regioner (SKR).”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4321 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4321 utfallet "varning"
    Och slutsatsen steg4_resurs_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4321 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4321 utfallet "varning"
    Och meddelandet för DAL-4321 innehåller "”delvis”"
    Och slutsatsen steg4_resurs_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4321 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4321 inget fynd
    Och slutsatsen steg4_resurs_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4321 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4321 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4321" för DAL-4321
    Och kan slutsatsen steg4_resurs_nivå1 gälla
