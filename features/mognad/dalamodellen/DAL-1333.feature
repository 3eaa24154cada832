# language: sv
@DAL-1333
Egenskap: DAL-1333 Upphandlingssamverkan: strukturerad, med gemensamma strategiska upphandlingar
  Dalamodellen, steg 1 Strategisk inriktning, resurs- och kompetensperspektivet, nivån excellent:
  ”Strukturerad upphandlingssamverkan med andra kommuner och upphandlande enheter för att dra
  nytta av gemensamma resurser och kompetens, samt genomföra gemensamma strategiskt intressanta
  upphandlingar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1333 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1333 utfallet "info"
    Och slutsatsen steg1_resurs_nivå3 gäller inte
    Och slutsatsen steg1_resurs_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1333 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1333 utfallet "info"
    Och meddelandet för DAL-1333 innehåller "”delvis”"
    Och slutsatsen steg1_resurs_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1333 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1333 inget fynd
    Och slutsatsen steg1_resurs_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1333 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1333 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1333" för DAL-1333
    Och kan slutsatsen steg1_resurs_nivå3 gälla
