# language: sv
@DAL-4313
Egenskap: DAL-4313 Avtalsuppföljning: modell för strategisk avtalsförvaltning
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, resurs- och kompetensperspektivet, nivån excellent:
  ”Följer upp verksamheten gentemot leverantörsmarknaden och har en framtagen modell för
  strategisk avtalsförvaltning för samtliga kategorier och avtal samt återför informationen till
  nya upphandlingar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4313 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4313 utfallet "info"
    Och slutsatsen steg4_resurs_nivå3 gäller inte
    Och slutsatsen steg4_resurs_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4313 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4313 utfallet "info"
    Och meddelandet för DAL-4313 innehåller "”delvis”"
    Och slutsatsen steg4_resurs_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4313 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4313 inget fynd
    Och slutsatsen steg4_resurs_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4313 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4313 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4313" för DAL-4313
    Och kan slutsatsen steg4_resurs_nivå3 gälla
