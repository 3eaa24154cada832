# language: sv
@DAL-1163
Egenskap: DAL-1163 Inköps- eller försörjningsstrategi: implementerad
  Dalamodellen, steg 1 Strategisk inriktning, styrningsperspektivet, nivån excellent:
  ”Har implementerat en inköps- eller försörjningsstrategi.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1163 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1163 utfallet "info"
    Och slutsatsen steg1_styrning_nivå3 gäller inte
    Och slutsatsen steg1_styrning_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1163 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1163 utfallet "info"
    Och meddelandet för DAL-1163 innehåller "”delvis”"
    Och slutsatsen steg1_styrning_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1163 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1163 inget fynd
    Och slutsatsen steg1_styrning_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1163 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1163 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1163" för DAL-1163
    Och kan slutsatsen steg1_styrning_nivå3 gälla
