# language: sv
@DAL-5012
Egenskap: DAL-5012 Ansvar och prioritering i kris: vad som måste fungera i kris kartlagt
  Dalamodellen, Offentlig upphandling i kris och för beredskap, nivån mycket tillfredsställande:
  ”Kartlägg vilka områden som måste fungera vid olika krislägen. Kartlägg samtidigt de delar av
  verksamheten som inte måste fungera, men där det är en fördel att de fungerar, samt de delar
  av verksamheten som inte behöver fungera alls. Ett sådant arbete är grundläggande och kräver
  beslut om prioritering på en strategisk nivå.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i avsnittet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-5012 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-5012 utfallet "info"
    Och slutsatsen kris_nivå2 gäller inte
    Och slutsatsen kris_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-5012 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-5012 utfallet "info"
    Och meddelandet för DAL-5012 innehåller "”delvis”"
    Och slutsatsen kris_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-5012 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-5012 inget fynd
    Och slutsatsen kris_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-5012 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-5012 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-5012" för DAL-5012
    Och kan slutsatsen kris_nivå2 gälla
