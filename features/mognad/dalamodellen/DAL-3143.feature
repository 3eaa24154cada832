# language: sv
@DAL-3143
Egenskap: DAL-3143 Hållbarhet i utvärderingen: miljövärden i totalkostnaden
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, styrningsperspektivet, nivån excellent:
  ”Sätter konkret värde på till exempel miljöaspekter vid utvärdering av totalkostnad i
  strategiskt viktiga upphandlingar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3143 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3143 utfallet "info"
    Och slutsatsen steg3_styrning_nivå3 gäller inte
    Och slutsatsen steg3_styrning_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3143 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3143 utfallet "info"
    Och meddelandet för DAL-3143 innehåller "”delvis”"
    Och slutsatsen steg3_styrning_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3143 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3143 inget fynd
    Och slutsatsen steg3_styrning_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3143 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3143 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3143" för DAL-3143
    Och kan slutsatsen steg3_styrning_nivå3 gälla
