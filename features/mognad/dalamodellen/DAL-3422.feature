# language: sv
@DAL-3422
Egenskap: DAL-3422 Leverantörsperspektiv i underlaget: leverantörer deltar i framtagandet
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, marknads- och leverantörsperspektivet, nivån mycket tillfredsställande:
  ”Låter leverantörer, med beaktande av likabehandlingsprincipen, delta aktivt i arbetet med att
  ta fram upphandlingsunderlag.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3422 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3422 utfallet "info"
    Och slutsatsen steg3_marknad_nivå2 gäller inte
    Och slutsatsen steg3_marknad_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3422 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3422 utfallet "info"
    Och meddelandet för DAL-3422 innehåller "”delvis”"
    Och slutsatsen steg3_marknad_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3422 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3422 inget fynd
    Och slutsatsen steg3_marknad_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3422 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3422 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3422" för DAL-3422
    Och kan slutsatsen steg3_marknad_nivå2 gälla
