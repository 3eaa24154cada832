# language: sv
@DAL-2422
Egenskap: DAL-2422 Dialog med marknaden: för innovativa lösningar
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, marknads- och leverantörsperspektivet, nivån mycket tillfredsställande:
  ”För en dialog med leverantörer för att utveckla innovativa lösningar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2422 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2422 utfallet "info"
    Och slutsatsen steg2_marknad_nivå2 gäller inte
    Och slutsatsen steg2_marknad_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2422 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2422 utfallet "info"
    Och meddelandet för DAL-2422 innehåller "”delvis”"
    Och slutsatsen steg2_marknad_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2422 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2422 inget fynd
    Och slutsatsen steg2_marknad_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2422 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2422 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2422" för DAL-2422
    Och kan slutsatsen steg2_marknad_nivå2 gälla
