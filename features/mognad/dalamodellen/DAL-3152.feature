# language: sv
@DAL-3152
Egenskap: DAL-3152 Miljövänligare alternativ: lägre volymer eller andra produkter
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, styrningsperspektivet, nivån mycket tillfredsställande:
  ”Undersöker hur det är möjligt att minska miljöavtrycket genom att köpa lägre volymer eller
  andra produkter än i dag, där det krävs färre produkter för att uppfylla behovet.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3152 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3152 utfallet "info"
    Och slutsatsen steg3_styrning_nivå2 gäller inte
    Och slutsatsen steg3_styrning_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3152 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3152 utfallet "info"
    Och meddelandet för DAL-3152 innehåller "”delvis”"
    Och slutsatsen steg3_styrning_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3152 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3152 inget fynd
    Och slutsatsen steg3_styrning_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3152 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3152 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3152" för DAL-3152
    Och kan slutsatsen steg3_styrning_nivå2 gälla
