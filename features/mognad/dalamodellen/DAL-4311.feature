# language: sv
@DAL-4311
Egenskap: DAL-4311 Avtalsuppföljning: av de viktigaste avtalen
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, resurs- och kompetensperspektivet, nivån tillfredsställande:
  ”Genomför uppföljningar för de viktigaste avtalen.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4311 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4311 utfallet "varning"
    Och slutsatsen steg4_resurs_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4311 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4311 utfallet "varning"
    Och meddelandet för DAL-4311 innehåller "”delvis”"
    Och slutsatsen steg4_resurs_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4311 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4311 inget fynd
    Och slutsatsen steg4_resurs_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4311 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4311 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4311" för DAL-4311
    Och kan slutsatsen steg4_resurs_nivå1 gälla
