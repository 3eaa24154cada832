# language: sv
@DAL-3141
Egenskap: DAL-3141 Hållbarhet i utvärderingen: krav eller modeller som premierar hållbarhet
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, styrningsperspektivet, nivån tillfredsställande:
  ”Använder i vissa upphandlingar krav eller utvärderingsmodeller som premierar
  hållbarhetsvärden.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3141 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3141 utfallet "varning"
    Och slutsatsen steg3_styrning_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3141 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3141 utfallet "varning"
    Och meddelandet för DAL-3141 innehåller "”delvis”"
    Och slutsatsen steg3_styrning_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3141 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3141 inget fynd
    Och slutsatsen steg3_styrning_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3141 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3141 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3141" för DAL-3141
    Och kan slutsatsen steg3_styrning_nivå1 gälla
