# language: sv
@DAL-1222
Egenskap: DAL-1222 Upphandlingsplan: strukturerad plan påbörjad
  Dalamodellen, steg 1 Strategisk inriktning, verksamhetsperspektivet, nivån mycket tillfredsställande:
  ”Ett arbete med att skapa en strukturerad upphandlingsplan har påbörjats.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1222 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1222 utfallet "info"
    Och slutsatsen steg1_verksamhet_nivå2 gäller inte
    Och slutsatsen steg1_verksamhet_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1222 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1222 utfallet "info"
    Och meddelandet för DAL-1222 innehåller "”delvis”"
    Och slutsatsen steg1_verksamhet_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1222 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1222 inget fynd
    Och slutsatsen steg1_verksamhet_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1222 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1222 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1222" för DAL-1222
    Och kan slutsatsen steg1_verksamhet_nivå2 gälla
