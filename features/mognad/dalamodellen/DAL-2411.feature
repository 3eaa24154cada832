# language: sv
@DAL-2411
Egenskap: DAL-2411 Dialog med leverantörer: policy
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, marknads- och leverantörsperspektivet, nivån tillfredsställande:
  ”Policy som innefattar vikten av dialog med leverantörer.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2411 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2411 utfallet "varning"
    Och slutsatsen steg2_marknad_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2411 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2411 utfallet "varning"
    Och meddelandet för DAL-2411 innehåller "”delvis”"
    Och slutsatsen steg2_marknad_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2411 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2411 inget fynd
    Och slutsatsen steg2_marknad_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2411 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2411 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2411" för DAL-2411
    Och kan slutsatsen steg2_marknad_nivå1 gälla
