# language: sv
@DAL-2211
Egenskap: DAL-2211 Intern behovsanalys: inför upphandling
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, verksamhetsperspektivet, nivån tillfredsställande:
  ”Genomför intern behovsanalys inför upphandling utifrån verksamhetens behov och mål.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2211 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2211 utfallet "varning"
    Och slutsatsen steg2_verksamhet_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2211 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2211 utfallet "varning"
    Och meddelandet för DAL-2211 innehåller "”delvis”"
    Och slutsatsen steg2_verksamhet_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2211 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2211 inget fynd
    Och slutsatsen steg2_verksamhet_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2211 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2211 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2211" för DAL-2211
    Och kan slutsatsen steg2_verksamhet_nivå1 gälla
