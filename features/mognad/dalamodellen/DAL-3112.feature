# language: sv
@DAL-3112
Egenskap: DAL-3112 Dalastrategin 2030 i upphandlingarna: i flertalet upphandlingar
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, styrningsperspektivet, nivån mycket tillfredsställande:
  ”Kopplar flertalet upphandlingar till indikatorer från Dalastrategin 2030.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3112 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3112 utfallet "info"
    Och slutsatsen steg3_styrning_nivå2 gäller inte
    Och slutsatsen steg3_styrning_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3112 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3112 utfallet "info"
    Och meddelandet för DAL-3112 innehåller "”delvis”"
    Och slutsatsen steg3_styrning_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3112 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3112 inget fynd
    Och slutsatsen steg3_styrning_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3112 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3112 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3112" för DAL-3112
    Och kan slutsatsen steg3_styrning_nivå2 gälla
