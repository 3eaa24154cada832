# language: sv
@DAL-1211
Egenskap: DAL-1211 Kännedom om inköpen: vad organisationen köper (spend)
  Dalamodellen, steg 1 Strategisk inriktning, verksamhetsperspektivet, nivån tillfredsställande:
  ”Kännedom om vad organisationen köper (spend) med avseende på typ av upphandlingar samt
  belopp.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1211 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1211 utfallet "varning"
    Och slutsatsen steg1_verksamhet_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1211 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1211 utfallet "varning"
    Och meddelandet för DAL-1211 innehåller "”delvis”"
    Och slutsatsen steg1_verksamhet_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1211 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1211 inget fynd
    Och slutsatsen steg1_verksamhet_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1211 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1211 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1211" för DAL-1211
    Och kan slutsatsen steg1_verksamhet_nivå1 gälla
