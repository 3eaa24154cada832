# language: sv
@DAL-4323
Egenskap: DAL-4323 Mätning av kvalitet och effekt: samverkan med leverantörsorganisationer
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, resurs- och kompetensperspektivet, nivån excellent:
  ”Samverkar med leverantörsorganisationer för att förbättra upphandlingsverksamheten, till
  exempel Svenskt Näringsliv eller Företagarna.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4323 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4323 utfallet "info"
    Och slutsatsen steg4_resurs_nivå3 gäller inte
    Och slutsatsen steg4_resurs_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4323 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4323 utfallet "info"
    Och meddelandet för DAL-4323 innehåller "”delvis”"
    Och slutsatsen steg4_resurs_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4323 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4323 inget fynd
    Och slutsatsen steg4_resurs_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4323 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4323 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4323" för DAL-4323
    Och kan slutsatsen steg4_resurs_nivå3 gälla
