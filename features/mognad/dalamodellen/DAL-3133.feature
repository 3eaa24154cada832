# language: sv
@DAL-3133
Egenskap: DAL-3133 Miljökrav: drivande krav i samtliga
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, styrningsperspektivet, nivån excellent:
  ”Ställer drivande klimat- och miljökrav i samtliga upphandlingar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3133 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3133 utfallet "info"
    Och slutsatsen steg3_styrning_nivå3 gäller inte
    Och slutsatsen steg3_styrning_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3133 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3133 utfallet "info"
    Och meddelandet för DAL-3133 innehåller "”delvis”"
    Och slutsatsen steg3_styrning_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3133 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3133 inget fynd
    Och slutsatsen steg3_styrning_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3133 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3133 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3133" för DAL-3133
    Och kan slutsatsen steg3_styrning_nivå3 gälla
