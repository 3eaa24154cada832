# language: sv
@DAL-1411
Egenskap: DAL-1411 De viktigaste leverantörerna: är kända
  Dalamodellen, steg 1 Strategisk inriktning, marknads- och leverantörsperspektivet, nivån tillfredsställande:
  ”Har kännedom om de för verksamheten viktigaste leverantörerna.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1411 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1411 utfallet "varning"
    Och slutsatsen steg1_marknad_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1411 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1411 utfallet "varning"
    Och meddelandet för DAL-1411 innehåller "”delvis”"
    Och slutsatsen steg1_marknad_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1411 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1411 inget fynd
    Och slutsatsen steg1_marknad_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1411 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1411 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1411" för DAL-1411
    Och kan slutsatsen steg1_marknad_nivå1 gälla
