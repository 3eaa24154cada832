# language: sv
@DAL-1213
Egenskap: DAL-1213 Kännedom om inköpen: uppföljning inom beslutade områden
  Dalamodellen, steg 1 Strategisk inriktning, verksamhetsperspektivet, nivån excellent:
  ”Implementerad uppföljning inom beslutade områden.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1213 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1213 utfallet "info"
    Och slutsatsen steg1_verksamhet_nivå3 gäller inte
    Och slutsatsen steg1_verksamhet_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1213 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1213 utfallet "info"
    Och meddelandet för DAL-1213 innehåller "”delvis”"
    Och slutsatsen steg1_verksamhet_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1213 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1213 inget fynd
    Och slutsatsen steg1_verksamhet_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1213 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1213 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1213" för DAL-1213
    Och kan slutsatsen steg1_verksamhet_nivå3 gälla
