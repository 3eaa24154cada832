# language: sv
@DAL-1312
Egenskap: DAL-1312 Medarbetarnas förutsättningar: plan för kompetensutveckling
  Dalamodellen, steg 1 Strategisk inriktning, resurs- och kompetensperspektivet, nivån mycket tillfredsställande:
  ”Medarbetarna har en plan för kompetensutveckling utifrån sina uppgifter.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1312 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1312 utfallet "info"
    Och slutsatsen steg1_resurs_nivå2 gäller inte
    Och slutsatsen steg1_resurs_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1312 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1312 utfallet "info"
    Och meddelandet för DAL-1312 innehåller "”delvis”"
    Och slutsatsen steg1_resurs_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1312 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1312 inget fynd
    Och slutsatsen steg1_resurs_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1312 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1312 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1312" för DAL-1312
    Och kan slutsatsen steg1_resurs_nivå2 gälla
