# language: sv
@DAL-3211
Egenskap: DAL-3211 Kravställning: utifrån behovet
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, verksamhetsperspektivet, nivån tillfredsställande:
  ”Ställer krav utifrån det behov som finns.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3211 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3211 utfallet "varning"
    Och slutsatsen steg3_verksamhet_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3211 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3211 utfallet "varning"
    Och meddelandet för DAL-3211 innehåller "”delvis”"
    Och slutsatsen steg3_verksamhet_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3211 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3211 inget fynd
    Och slutsatsen steg3_verksamhet_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3211 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3211 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3211" för DAL-3211
    Och kan slutsatsen steg3_verksamhet_nivå1 gälla
