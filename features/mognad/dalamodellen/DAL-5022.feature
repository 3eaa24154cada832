# language: sv
@DAL-5022
Egenskap: DAL-5022 Förändringar och redundans i avtalen: möjliga förändringar kartlagda
  Dalamodellen, Offentlig upphandling i kris och för beredskap, nivån mycket tillfredsställande:
  ”Kartlägg möjliga förändringar för att kunna förtydliga i avtalet inte bara att en
  omförhandling ska kunna ske, utan att göra den så konkret som möjligt.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i avsnittet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-5022 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-5022 utfallet "info"
    Och slutsatsen kris_nivå2 gäller inte
    Och slutsatsen kris_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-5022 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-5022 utfallet "info"
    Och meddelandet för DAL-5022 innehåller "”delvis”"
    Och slutsatsen kris_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-5022 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-5022 inget fynd
    Och slutsatsen kris_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-5022 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-5022 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-5022" för DAL-5022
    Och kan slutsatsen kris_nivå2 gälla
