# language: sv
@DAL-1331
Egenskap: DAL-1331 Upphandlingssamverkan: i enstaka upphandlingar
  Dalamodellen, steg 1 Strategisk inriktning, resurs- och kompetensperspektivet, nivån tillfredsställande:
  ”Samverkar med andra kommuner och upphandlande enheter i enstaka upphandlingar för att dra
  nytta av gemensamma resurser och kompetens.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1331 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1331 utfallet "varning"
    Och slutsatsen steg1_resurs_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1331 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1331 utfallet "varning"
    Och meddelandet för DAL-1331 innehåller "”delvis”"
    Och slutsatsen steg1_resurs_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1331 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1331 inget fynd
    Och slutsatsen steg1_resurs_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1331 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1331 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1331" för DAL-1331
    Och kan slutsatsen steg1_resurs_nivå1 gälla
