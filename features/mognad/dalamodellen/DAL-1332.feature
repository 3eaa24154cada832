# language: sv
@DAL-1332
Egenskap: DAL-1332 Upphandlingssamverkan: strukturerad
  Dalamodellen, steg 1 Strategisk inriktning, resurs- och kompetensperspektivet, nivån mycket tillfredsställande:
  ”Strukturerad upphandlingssamverkan med andra kommuner och upphandlande enheter för att dra
  nytta av gemensamma resurser och kompetens.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1332 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1332 utfallet "info"
    Och slutsatsen steg1_resurs_nivå2 gäller inte
    Och slutsatsen steg1_resurs_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1332 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1332 utfallet "info"
    Och meddelandet för DAL-1332 innehåller "”delvis”"
    Och slutsatsen steg1_resurs_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1332 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1332 inget fynd
    Och slutsatsen steg1_resurs_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1332 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1332 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1332" för DAL-1332
    Och kan slutsatsen steg1_resurs_nivå2 gälla
