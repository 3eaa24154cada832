# language: sv
@DAL-4213
Egenskap: DAL-4213 Nyckeltal (KPI): för samtliga kategorier, jämförda
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, verksamhetsperspektivet, nivån excellent:
  ”Har tagit fram och implementerat nyckeltal (KPI) för samtliga kategorier inom
  kategoristyrningen och jämför med andra liknande organisationer.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4213 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4213 utfallet "info"
    Och slutsatsen steg4_verksamhet_nivå3 gäller inte
    Och slutsatsen steg4_verksamhet_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4213 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4213 utfallet "info"
    Och meddelandet för DAL-4213 innehåller "”delvis”"
    Och slutsatsen steg4_verksamhet_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4213 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4213 inget fynd
    Och slutsatsen steg4_verksamhet_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4213 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4213 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4213" för DAL-4213
    Och kan slutsatsen steg4_verksamhet_nivå3 gälla
