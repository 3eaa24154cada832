# language: sv
@DAL-4112
Egenskap: DAL-4112 Jäv, korruption och mutor: regelbunden utbildning
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, styrningsperspektivet, nivån mycket tillfredsställande:
  ”Utbildar regelbundet om interna riktlinjer avseende jäv, korruption och mutor.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4112 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4112 utfallet "info"
    Och slutsatsen steg4_styrning_nivå2 gäller inte
    Och slutsatsen steg4_styrning_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4112 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4112 utfallet "info"
    Och meddelandet för DAL-4112 innehåller "”delvis”"
    Och slutsatsen steg4_styrning_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4112 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4112 inget fynd
    Och slutsatsen steg4_styrning_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4112 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4112 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4112" för DAL-4112
    Och kan slutsatsen steg4_styrning_nivå2 gälla
