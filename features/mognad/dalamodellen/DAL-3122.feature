# language: sv
@DAL-3122
Egenskap: DAL-3122 Sociala krav och reserverade upphandlingar: i flertalet upphandlingar
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, styrningsperspektivet, nivån mycket tillfredsställande:
  ”Använder reserverade upphandlingar, ställer krav på arbetsrättsliga villkor eller
  sysselsättningskrav i flertalet upphandlingar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3122 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3122 utfallet "info"
    Och slutsatsen steg3_styrning_nivå2 gäller inte
    Och slutsatsen steg3_styrning_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3122 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3122 utfallet "info"
    Och meddelandet för DAL-3122 innehåller "”delvis”"
    Och slutsatsen steg3_styrning_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3122 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3122 inget fynd
    Och slutsatsen steg3_styrning_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3122 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3122 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3122" för DAL-3122
    Och kan slutsatsen steg3_styrning_nivå2 gälla
