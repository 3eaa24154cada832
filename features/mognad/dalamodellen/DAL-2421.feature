# language: sv
@DAL-2421
Egenskap: DAL-2421 Dialog med marknaden: god och tidig
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, marknads- och leverantörsperspektivet, nivån tillfredsställande:
  ”Säkerställer en god och tidig dialog med marknadens aktörer kring såväl organisationens som
  leverantörens behov och förutsättningar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2421 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2421 utfallet "varning"
    Och slutsatsen steg2_marknad_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2421 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2421 utfallet "varning"
    Och meddelandet för DAL-2421 innehåller "”delvis”"
    Och slutsatsen steg2_marknad_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2421 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2421 inget fynd
    Och slutsatsen steg2_marknad_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2421 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2421 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2421" för DAL-2421
    Och kan slutsatsen steg2_marknad_nivå1 gälla
