# language: sv
@DAL-1322
Egenskap: DAL-1322 Kategoristyrning: arbetet har påbörjats
  Dalamodellen, steg 1 Strategisk inriktning, resurs- och kompetensperspektivet, nivån mycket tillfredsställande:
  ”Har påbörjat arbete med kategoristyrning.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1322 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1322 utfallet "info"
    Och slutsatsen steg1_resurs_nivå2 gäller inte
    Och slutsatsen steg1_resurs_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1322 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1322 utfallet "info"
    Och meddelandet för DAL-1322 innehåller "”delvis”"
    Och slutsatsen steg1_resurs_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1322 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1322 inget fynd
    Och slutsatsen steg1_resurs_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1322 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1322 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1322" för DAL-1322
    Och kan slutsatsen steg1_resurs_nivå2 gälla
