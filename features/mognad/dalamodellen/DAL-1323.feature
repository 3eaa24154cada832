# language: sv
@DAL-1323
Egenskap: DAL-1323 Kategoristyrning: implementerad
  Dalamodellen, steg 1 Strategisk inriktning, resurs- och kompetensperspektivet, nivån excellent:
  ”Har implementerat kategoristyrning.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1323 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1323 utfallet "info"
    Och slutsatsen steg1_resurs_nivå3 gäller inte
    Och slutsatsen steg1_resurs_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1323 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1323 utfallet "info"
    Och meddelandet för DAL-1323 innehåller "”delvis”"
    Och slutsatsen steg1_resurs_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1323 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1323 inget fynd
    Och slutsatsen steg1_resurs_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1323 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1323 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1323" för DAL-1323
    Och kan slutsatsen steg1_resurs_nivå3 gälla
