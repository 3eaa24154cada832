# language: sv
@DAL-3313
Egenskap: DAL-3313 Upphandlingsförfarande: förhandlat förfarande, dialog eller innovationspartnerskap
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, resurs- och kompetensperspektivet, nivån excellent:
  ”Använder exempelvis förhandlat förfarande, konkurrenspräglad dialog eller
  innovationspartnerskap för att upphandla nya eller anpassade lösningar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3313 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3313 utfallet "info"
    Och slutsatsen steg3_resurs_nivå3 gäller inte
    Och slutsatsen steg3_resurs_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3313 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3313 utfallet "info"
    Och meddelandet för DAL-3313 innehåller "”delvis”"
    Och slutsatsen steg3_resurs_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3313 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3313 inget fynd
    Och slutsatsen steg3_resurs_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3313 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3313 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3313" för DAL-3313
    Och kan slutsatsen steg3_resurs_nivå3 gälla
