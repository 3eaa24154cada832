# language: sv
@DAL-3113
Egenskap: DAL-3113 Dalastrategin 2030 i upphandlingarna: övervägs i samtliga
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, styrningsperspektivet, nivån excellent:
  ”Överväger koppling till eller påverkan på indikatorer från Dalastrategin 2030 i samtliga
  upphandlingar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3113 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3113 utfallet "info"
    Och slutsatsen steg3_styrning_nivå3 gäller inte
    Och slutsatsen steg3_styrning_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3113 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3113 utfallet "info"
    Och meddelandet för DAL-3113 innehåller "”delvis”"
    Och slutsatsen steg3_styrning_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3113 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3113 inget fynd
    Och slutsatsen steg3_styrning_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3113 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3113 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3113" för DAL-3113
    Och kan slutsatsen steg3_styrning_nivå3 gälla
