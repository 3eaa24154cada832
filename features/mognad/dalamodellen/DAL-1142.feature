# language: sv
@DAL-1142
Egenskap: DAL-1142 Upphandlingsorganisationen: arbetar tvärfunktionellt
  Dalamodellen, steg 1 Strategisk inriktning, styrningsperspektivet, nivån mycket tillfredsställande:
  ”Har en upphandlingsorganisation som arbetar tvärfunktionellt med övriga relevanta delar av
  organisationen.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1142 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1142 utfallet "info"
    Och slutsatsen steg1_styrning_nivå2 gäller inte
    Och slutsatsen steg1_styrning_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1142 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1142 utfallet "info"
    Och meddelandet för DAL-1142 innehåller "”delvis”"
    Och slutsatsen steg1_styrning_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1142 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1142 inget fynd
    Och slutsatsen steg1_styrning_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1142 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1142 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1142" för DAL-1142
    Och kan slutsatsen steg1_styrning_nivå2 gälla
