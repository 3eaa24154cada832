# language: sv
@DAL-1221
Egenskap: DAL-1221 Upphandlingsplan: de viktigaste områdena följs upp
  Dalamodellen, steg 1 Strategisk inriktning, verksamhetsperspektivet, nivån tillfredsställande:
  ”Det finns en uppföljning av de viktigaste områdena med avseende på när nya upphandlingar
  behöver genomföras.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1221 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1221 utfallet "varning"
    Och slutsatsen steg1_verksamhet_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1221 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1221 utfallet "varning"
    Och meddelandet för DAL-1221 innehåller "”delvis”"
    Och slutsatsen steg1_verksamhet_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1221 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1221 inget fynd
    Och slutsatsen steg1_verksamhet_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1221 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1221 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1221" för DAL-1221
    Och kan slutsatsen steg1_verksamhet_nivå1 gälla
