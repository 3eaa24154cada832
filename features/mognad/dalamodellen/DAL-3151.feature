# language: sv
@DAL-3151
Egenskap: DAL-3151 Miljövänligare alternativ: undersöks
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, styrningsperspektivet, nivån tillfredsställande:
  ”Undersöker om det finns andra alternativ till de produkter som ska köpas och som är mer
  miljövänliga.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3151 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3151 utfallet "varning"
    Och slutsatsen steg3_styrning_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3151 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3151 utfallet "varning"
    Och meddelandet för DAL-3151 innehåller "”delvis”"
    Och slutsatsen steg3_styrning_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3151 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3151 inget fynd
    Och slutsatsen steg3_styrning_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3151 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3151 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3151" för DAL-3151
    Och kan slutsatsen steg3_styrning_nivå1 gälla
