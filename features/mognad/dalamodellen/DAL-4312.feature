# language: sv
@DAL-4312
Egenskap: DAL-4312 Avtalsuppföljning: återförs till nya upphandlingar
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, resurs- och kompetensperspektivet, nivån mycket tillfredsställande:
  ”Genomför uppföljningar för de viktigaste avtalen samt återför informationen till nya
  upphandlingar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4312 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4312 utfallet "info"
    Och slutsatsen steg4_resurs_nivå2 gäller inte
    Och slutsatsen steg4_resurs_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4312 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4312 utfallet "info"
    Och meddelandet för DAL-4312 innehåller "”delvis”"
    Och slutsatsen steg4_resurs_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4312 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4312 inget fynd
    Och slutsatsen steg4_resurs_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4312 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4312 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4312" för DAL-4312
    Och kan slutsatsen steg4_resurs_nivå2 gälla
