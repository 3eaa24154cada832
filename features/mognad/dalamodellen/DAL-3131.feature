# language: sv
@DAL-3131
Egenskap: DAL-3131 Miljökrav: i vissa upphandlingar
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, styrningsperspektivet, nivån tillfredsställande:
  ”Ställer miljökrav i vissa upphandlingar i synnerhet med stora volymer och stor klimat- och
  miljöpåverkan.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3131 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3131 utfallet "varning"
    Och slutsatsen steg3_styrning_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3131 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3131 utfallet "varning"
    Och meddelandet för DAL-3131 innehåller "”delvis”"
    Och slutsatsen steg3_styrning_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3131 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3131 inget fynd
    Och slutsatsen steg3_styrning_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3131 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3131 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3131" för DAL-3131
    Och kan slutsatsen steg3_styrning_nivå1 gälla
