# language: sv
@DAL-1212
Egenskap: DAL-1212 Kännedom om inköpen: handlingsplan för minst ett år
  Dalamodellen, steg 1 Strategisk inriktning, verksamhetsperspektivet, nivån mycket tillfredsställande:
  ”Det finns en handlingsplan gällande upphandlingar för minst ett verksamhetsår för att de ska
  ske i rätt tid och med rätt resurser.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1212 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1212 utfallet "info"
    Och slutsatsen steg1_verksamhet_nivå2 gäller inte
    Och slutsatsen steg1_verksamhet_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1212 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1212 utfallet "info"
    Och meddelandet för DAL-1212 innehåller "”delvis”"
    Och slutsatsen steg1_verksamhet_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1212 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1212 inget fynd
    Och slutsatsen steg1_verksamhet_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1212 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1212 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1212" för DAL-1212
    Och kan slutsatsen steg1_verksamhet_nivå2 gälla
