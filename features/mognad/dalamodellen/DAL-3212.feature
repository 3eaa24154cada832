# language: sv
@DAL-3212
Egenskap: DAL-3212 Kravställning: funktionskrav i viss omfattning
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, verksamhetsperspektivet, nivån mycket tillfredsställande:
  ”Använder funktionskrav i viss omfattning.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3212 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3212 utfallet "info"
    Och slutsatsen steg3_verksamhet_nivå2 gäller inte
    Och slutsatsen steg3_verksamhet_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3212 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3212 utfallet "info"
    Och meddelandet för DAL-3212 innehåller "”delvis”"
    Och slutsatsen steg3_verksamhet_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3212 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3212 inget fynd
    Och slutsatsen steg3_verksamhet_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3212 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3212 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3212" för DAL-3212
    Och kan slutsatsen steg3_verksamhet_nivå2 gälla
