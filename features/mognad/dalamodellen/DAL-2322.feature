# language: sv
@DAL-2322
Egenskap: DAL-2322 Tid för de berörda: planeras aktivt
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, resurs- och kompetensperspektivet, nivån mycket tillfredsställande:
  ”Planerar aktivt aktörernas tid, för att säkerställa tillgänglighet.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2322 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2322 utfallet "info"
    Och slutsatsen steg2_resurs_nivå2 gäller inte
    Och slutsatsen steg2_resurs_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2322 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2322 utfallet "info"
    Och meddelandet för DAL-2322 innehåller "”delvis”"
    Och slutsatsen steg2_resurs_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2322 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2322 inget fynd
    Och slutsatsen steg2_resurs_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2322 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2322 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2322" för DAL-2322
    Och kan slutsatsen steg2_resurs_nivå2 gälla
