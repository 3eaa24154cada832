# language: sv
@DAL-2131
Egenskap: DAL-2131 Omvärldsbevakning: analyserar andras upphandlingar
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, styrningsperspektivet, nivån tillfredsställande:
  ”Analyserar andra organisationers upphandlingar inom liknande områden inom vissa områden.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2131 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2131 utfallet "varning"
    Och slutsatsen steg2_styrning_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2131 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2131 utfallet "varning"
    Och meddelandet för DAL-2131 innehåller "”delvis”"
    Och slutsatsen steg2_styrning_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2131 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2131 inget fynd
    Och slutsatsen steg2_styrning_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2131 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2131 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2131" för DAL-2131
    Och kan slutsatsen steg2_styrning_nivå1 gälla
