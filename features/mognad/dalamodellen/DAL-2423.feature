# language: sv
@DAL-2423
Egenskap: DAL-2423 Dialog med marknaden: innovationsupphandlingar
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, marknads- och leverantörsperspektivet, nivån excellent:
  ”Genomför innovationsupphandlingar i samverkan med leverantörer.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2423 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2423 utfallet "info"
    Och slutsatsen steg2_marknad_nivå3 gäller inte
    Och slutsatsen steg2_marknad_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2423 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2423 utfallet "info"
    Och meddelandet för DAL-2423 innehåller "”delvis”"
    Och slutsatsen steg2_marknad_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2423 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2423 inget fynd
    Och slutsatsen steg2_marknad_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2423 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2423 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2423" för DAL-2423
    Och kan slutsatsen steg2_marknad_nivå3 gälla
