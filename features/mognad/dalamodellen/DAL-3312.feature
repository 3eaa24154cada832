# language: sv
@DAL-3312
Egenskap: DAL-3312 Upphandlingsförfarande: dynamiska inköpssystem
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, resurs- och kompetensperspektivet, nivån mycket tillfredsställande:
  ”Använder dynamiska inköpssystem.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3312 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3312 utfallet "info"
    Och slutsatsen steg3_resurs_nivå2 gäller inte
    Och slutsatsen steg3_resurs_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3312 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3312 utfallet "info"
    Och meddelandet för DAL-3312 innehåller "”delvis”"
    Och slutsatsen steg3_resurs_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3312 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3312 inget fynd
    Och slutsatsen steg3_resurs_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3312 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3312 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3312" för DAL-3312
    Och kan slutsatsen steg3_resurs_nivå2 gälla
