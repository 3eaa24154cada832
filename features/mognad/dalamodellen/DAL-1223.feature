# language: sv
@DAL-1223
Egenskap: DAL-1223 Upphandlingsplan: beslutad plan för minst två år
  Dalamodellen, steg 1 Strategisk inriktning, verksamhetsperspektivet, nivån excellent:
  ”Har en beslutad och förankrad upphandlingsplan för minst de två närmast kommande åren med
  tydligt prioriterade upphandlingar utifrån satsningar på ökad hållbarhet (Agenda 2030) samt
  för att möta samhällsutmaningar på lokal eller regional nivå.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1223 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1223 utfallet "info"
    Och slutsatsen steg1_verksamhet_nivå3 gäller inte
    Och slutsatsen steg1_verksamhet_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1223 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1223 utfallet "info"
    Och meddelandet för DAL-1223 innehåller "”delvis”"
    Och slutsatsen steg1_verksamhet_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1223 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1223 inget fynd
    Och slutsatsen steg1_verksamhet_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1223 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1223 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1223" för DAL-1223
    Och kan slutsatsen steg1_verksamhet_nivå3 gälla
