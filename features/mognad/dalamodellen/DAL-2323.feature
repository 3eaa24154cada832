# language: sv
@DAL-2323
Egenskap: DAL-2323 Tid för de berörda: genom chefsbeslut
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, resurs- och kompetensperspektivet, nivån excellent:
  ”Säkerställer tillgänglighet och tid genom chefsbeslut.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2323 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2323 utfallet "info"
    Och slutsatsen steg2_resurs_nivå3 gäller inte
    Och slutsatsen steg2_resurs_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2323 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2323 utfallet "info"
    Och meddelandet för DAL-2323 innehåller "”delvis”"
    Och slutsatsen steg2_resurs_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2323 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2323 inget fynd
    Och slutsatsen steg2_resurs_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2323 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2323 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2323" för DAL-2323
    Och kan slutsatsen steg2_resurs_nivå3 gälla
