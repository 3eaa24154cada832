# language: sv
@DAL-2313
Egenskap: DAL-2313 Roller i upphandlingen: tidig dialog inför alla
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, resurs- och kompetensperspektivet, nivån excellent:
  ”Tidig intern dialog mellan identifierade roller inför alla upphandlingar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2313 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2313 utfallet "info"
    Och slutsatsen steg2_resurs_nivå3 gäller inte
    Och slutsatsen steg2_resurs_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2313 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2313 utfallet "info"
    Och meddelandet för DAL-2313 innehåller "”delvis”"
    Och slutsatsen steg2_resurs_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2313 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2313 inget fynd
    Och slutsatsen steg2_resurs_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2313 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2313 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2313" för DAL-2313
    Och kan slutsatsen steg2_resurs_nivå3 gälla
