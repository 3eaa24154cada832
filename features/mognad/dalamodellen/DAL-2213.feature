# language: sv
@DAL-2213
Egenskap: DAL-2213 Intern behovsanalys: kopplad till långsiktiga mål
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, verksamhetsperspektivet, nivån excellent:
  ”Den interna behovsanalysen kopplas till övergripande mål och visioner samt de långsiktiga
  behoven inom verksamhetsområdet.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2213 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2213 utfallet "info"
    Och slutsatsen steg2_verksamhet_nivå3 gäller inte
    Och slutsatsen steg2_verksamhet_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2213 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2213 utfallet "info"
    Och meddelandet för DAL-2213 innehåller "”delvis”"
    Och slutsatsen steg2_verksamhet_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2213 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2213 inget fynd
    Och slutsatsen steg2_verksamhet_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2213 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2213 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2213" för DAL-2213
    Och kan slutsatsen steg2_verksamhet_nivå3 gälla
