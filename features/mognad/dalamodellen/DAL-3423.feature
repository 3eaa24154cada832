# language: sv
@DAL-3423
Egenskap: DAL-3423 Leverantörsperspektiv i underlaget: dialogformer under upphandlingen
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, marknads- och leverantörsperspektivet, nivån excellent:
  ”Använder dialogformer även under upphandlingen (till exempel konkurrenspräglad dialog,
  förhandlade förfaranden m.m.).”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3423 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3423 utfallet "info"
    Och slutsatsen steg3_marknad_nivå3 gäller inte
    Och slutsatsen steg3_marknad_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3423 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3423 utfallet "info"
    Och meddelandet för DAL-3423 innehåller "”delvis”"
    Och slutsatsen steg3_marknad_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3423 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3423 inget fynd
    Och slutsatsen steg3_marknad_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3423 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3423 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3423" för DAL-3423
    Och kan slutsatsen steg3_marknad_nivå3 gälla
