# language: sv
@DAL-1161
Egenskap: DAL-1161 Inköps- eller försörjningsstrategi: planeras inom ett år
  Dalamodellen, steg 1 Strategisk inriktning, styrningsperspektivet, nivån tillfredsställande:
  ”Planerar att införa en inköps- eller försörjningsstrategi under det kommande året.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1161 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1161 utfallet "varning"
    Och slutsatsen steg1_styrning_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1161 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1161 utfallet "varning"
    Och meddelandet för DAL-1161 innehåller "”delvis”"
    Och slutsatsen steg1_styrning_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1161 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1161 inget fynd
    Och slutsatsen steg1_styrning_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1161 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1161 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1161" för DAL-1161
    Och kan slutsatsen steg1_styrning_nivå1 gälla
