# language: sv
@DAL-3311
Egenskap: DAL-3311 Upphandlingsförfarande: anpassas och valet dokumenteras
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, resurs- och kompetensperspektivet, nivån tillfredsställande:
  ”Anpassar upphandlingsförfaranden utifrån behovet och dokumenterar valet av upphandlingsform.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3311 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3311 utfallet "varning"
    Och slutsatsen steg3_resurs_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3311 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3311 utfallet "varning"
    Och meddelandet för DAL-3311 innehåller "”delvis”"
    Och slutsatsen steg3_resurs_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3311 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3311 inget fynd
    Och slutsatsen steg3_resurs_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3311 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3311 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3311" för DAL-3311
    Och kan slutsatsen steg3_resurs_nivå1 gälla
