# language: sv
@DAL-4413
Egenskap: DAL-4413 Utfall mot behov: löpande kvalitetsutvärdering
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, marknads- och leverantörsperspektivet, nivån excellent:
  ”Genomför löpande utvärderingar med avseende på kvalitet gentemot målgruppen/användare för
  samtliga kategorier.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4413 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4413 utfallet "info"
    Och slutsatsen steg4_marknad_nivå3 gäller inte
    Och slutsatsen steg4_marknad_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4413 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4413 utfallet "info"
    Och meddelandet för DAL-4413 innehåller "”delvis”"
    Och slutsatsen steg4_marknad_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4413 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4413 inget fynd
    Och slutsatsen steg4_marknad_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4413 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4413 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4413" för DAL-4413
    Och kan slutsatsen steg4_marknad_nivå3 gälla
