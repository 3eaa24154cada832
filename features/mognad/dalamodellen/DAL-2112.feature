# language: sv
@DAL-2112
Egenskap: DAL-2112 Intern samverkan: fastställda mål
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, styrningsperspektivet, nivån mycket tillfredsställande:
  ”Har fastställda mål för intern samverkan.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2112 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2112 utfallet "info"
    Och slutsatsen steg2_styrning_nivå2 gäller inte
    Och slutsatsen steg2_styrning_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2112 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2112 utfallet "info"
    Och meddelandet för DAL-2112 innehåller "”delvis”"
    Och slutsatsen steg2_styrning_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2112 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2112 inget fynd
    Och slutsatsen steg2_styrning_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2112 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2112 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2112" för DAL-2112
    Och kan slutsatsen steg2_styrning_nivå2 gälla
