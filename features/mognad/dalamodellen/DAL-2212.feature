# language: sv
@DAL-2212
Egenskap: DAL-2212 Intern behovsanalys: kompletteras med uppföljningsdata
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, verksamhetsperspektivet, nivån mycket tillfredsställande:
  ”Den interna behovsanalysen kompletteras med data från verksamhets- och avtalsuppföljning
  avseende till exempel kvalitetsuppföljning, avvikelser, nöjd-kund-index (NKI), nöjd-
  medarbetar-index (NMI), etc.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2212 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2212 utfallet "info"
    Och slutsatsen steg2_verksamhet_nivå2 gäller inte
    Och slutsatsen steg2_verksamhet_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2212 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2212 utfallet "info"
    Och meddelandet för DAL-2212 innehåller "”delvis”"
    Och slutsatsen steg2_verksamhet_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2212 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2212 inget fynd
    Och slutsatsen steg2_verksamhet_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2212 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2212 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2212" för DAL-2212
    Och kan slutsatsen steg2_verksamhet_nivå2 gälla
