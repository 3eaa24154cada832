# language: sv
@DAL-4212
Egenskap: DAL-4212 Nyckeltal (KPI): följs upp för de viktigaste
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, verksamhetsperspektivet, nivån mycket tillfredsställande:
  ”Följer upp nyckeltal (KPI) för de viktigaste upphandlingarna efter implementering och jämför
  med önskade resultat, effekter och nyttor.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4212 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4212 utfallet "info"
    Och slutsatsen steg4_verksamhet_nivå2 gäller inte
    Och slutsatsen steg4_verksamhet_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4212 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4212 utfallet "info"
    Och meddelandet för DAL-4212 innehåller "”delvis”"
    Och slutsatsen steg4_verksamhet_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4212 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4212 inget fynd
    Och slutsatsen steg4_verksamhet_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4212 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4212 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4212" för DAL-4212
    Och kan slutsatsen steg4_verksamhet_nivå2 gälla
