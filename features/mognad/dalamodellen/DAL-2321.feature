# language: sv
@DAL-2321
Egenskap: DAL-2321 Tid för de berörda: säkerställs
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, resurs- och kompetensperspektivet, nivån tillfredsställande:
  ”Säkerställer att de aktörer inom organisationen som berörs av eller har kunskap om behovet,
  har tillgänglig tid för att arbeta med analys, genomförande och förvaltning.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2321 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2321 utfallet "varning"
    Och slutsatsen steg2_resurs_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2321 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2321 utfallet "varning"
    Och meddelandet för DAL-2321 innehåller "”delvis”"
    Och slutsatsen steg2_resurs_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2321 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2321 inget fynd
    Och slutsatsen steg2_resurs_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2321 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2321 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2321" för DAL-2321
    Och kan slutsatsen steg2_resurs_nivå1 gälla
