# language: sv
@DAL-1162
Egenskap: DAL-1162 Inköps- eller försörjningsstrategi: arbetet har påbörjats
  Dalamodellen, steg 1 Strategisk inriktning, styrningsperspektivet, nivån mycket tillfredsställande:
  ”Har påbörjat arbete med att införa en inköps- eller försörjningsstrategi.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1162 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1162 utfallet "info"
    Och slutsatsen steg1_styrning_nivå2 gäller inte
    Och slutsatsen steg1_styrning_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1162 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1162 utfallet "info"
    Och meddelandet för DAL-1162 innehåller "”delvis”"
    Och slutsatsen steg1_styrning_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1162 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1162 inget fynd
    Och slutsatsen steg1_styrning_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1162 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1162 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1162" för DAL-1162
    Och kan slutsatsen steg1_styrning_nivå2 gälla
