# language: sv
@DAL-1121
Egenskap: DAL-1121 Styrdokument: fastställda och omfattar upphandling
  Dalamodellen, steg 1 Strategisk inriktning, styrningsperspektivet, nivån tillfredsställande:
  ”Det finns fastställda styrdokument som inkluderar upphandling.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1121 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1121 utfallet "varning"
    Och slutsatsen steg1_styrning_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1121 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1121 utfallet "varning"
    Och meddelandet för DAL-1121 innehåller "”delvis”"
    Och slutsatsen steg1_styrning_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1121 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1121 inget fynd
    Och slutsatsen steg1_styrning_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1121 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1121 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1121" för DAL-1121
    Och kan slutsatsen steg1_styrning_nivå1 gälla
