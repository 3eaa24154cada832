# language: sv
@DAL-1151
Egenskap: DAL-1151 Innovationsdrivet förhållningssätt: områden undersöks
  Dalamodellen, steg 1 Strategisk inriktning, styrningsperspektivet, nivån tillfredsställande:
  ”Undersöker vilka områden som skulle kunna förbättras genom ett innovationsdrivet
  förhållningssätt.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1151 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1151 utfallet "varning"
    Och slutsatsen steg1_styrning_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1151 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1151 utfallet "varning"
    Och meddelandet för DAL-1151 innehåller "”delvis”"
    Och slutsatsen steg1_styrning_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1151 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1151 inget fynd
    Och slutsatsen steg1_styrning_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1151 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1151 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1151" för DAL-1151
    Och kan slutsatsen steg1_styrning_nivå1 gälla
