# language: sv
@DAL-5011
Egenskap: DAL-5011 Ansvar och prioritering i kris: formellt ansvar kartlagt
  Dalamodellen, Offentlig upphandling i kris och för beredskap, nivån tillfredsställande:
  ”Kartlägg organisationens formella ansvar utifrån gällande lagar och regler.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i avsnittet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-5011 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-5011 utfallet "varning"
    Och slutsatsen kris_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-5011 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-5011 utfallet "varning"
    Och meddelandet för DAL-5011 innehåller "”delvis”"
    Och slutsatsen kris_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-5011 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-5011 inget fynd
    Och slutsatsen kris_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-5011 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-5011 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-5011" för DAL-5011
    Och kan slutsatsen kris_nivå1 gälla
