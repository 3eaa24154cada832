# language: sv
@DAL-1412
Egenskap: DAL-1412 De viktigaste leverantörerna: dialog om organisationens mål
  Dalamodellen, steg 1 Strategisk inriktning, marknads- och leverantörsperspektivet, nivån mycket tillfredsställande:
  ”Genomför dialog med leverantörer kring organisationens målsättningar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1412 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1412 utfallet "info"
    Och slutsatsen steg1_marknad_nivå2 gäller inte
    Och slutsatsen steg1_marknad_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1412 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1412 utfallet "info"
    Och meddelandet för DAL-1412 innehåller "”delvis”"
    Och slutsatsen steg1_marknad_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1412 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1412 inget fynd
    Och slutsatsen steg1_marknad_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1412 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1412 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1412" för DAL-1412
    Och kan slutsatsen steg1_marknad_nivå2 gälla
