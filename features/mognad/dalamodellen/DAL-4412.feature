# language: sv
@DAL-4412
Egenskap: DAL-4412 Utfall mot behov: målgruppen intervjuas
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, marknads- och leverantörsperspektivet, nivån mycket tillfredsställande:
  ”Genomför undersökning av utfall (kvalitet) genom att intervjua målgruppen eller användare.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4412 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4412 utfallet "info"
    Och slutsatsen steg4_marknad_nivå2 gäller inte
    Och slutsatsen steg4_marknad_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4412 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4412 utfallet "info"
    Och meddelandet för DAL-4412 innehåller "”delvis”"
    Och slutsatsen steg4_marknad_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4412 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4412 inget fynd
    Och slutsatsen steg4_marknad_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4412 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4412 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4412" för DAL-4412
    Och kan slutsatsen steg4_marknad_nivå2 gälla
