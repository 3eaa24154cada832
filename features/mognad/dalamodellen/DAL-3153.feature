# language: sv
@DAL-3153
Egenskap: DAL-3153 Miljövänligare alternativ: byts ut systematiskt
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, styrningsperspektivet, nivån excellent:
  ”Byter systematiskt ut produkter till miljövänligare för att minska miljöavtrycket och
  samtidigt minimera volymerna.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3153 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3153 utfallet "info"
    Och slutsatsen steg3_styrning_nivå3 gäller inte
    Och slutsatsen steg3_styrning_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3153 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3153 utfallet "info"
    Och meddelandet för DAL-3153 innehåller "”delvis”"
    Och slutsatsen steg3_styrning_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3153 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3153 inget fynd
    Och slutsatsen steg3_styrning_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3153 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3153 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3153" för DAL-3153
    Och kan slutsatsen steg3_styrning_nivå3 gälla
