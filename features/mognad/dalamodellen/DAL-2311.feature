# language: sv
@DAL-2311
Egenskap: DAL-2311 Roller i upphandlingen: identifieras, dialog inför vissa upphandlingar
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, resurs- och kompetensperspektivet, nivån tillfredsställande:
  ”Identifierar de olika roller och funktioner som ingår i kommande upphandling samt för dialog
  med dessa roller inför vissa upphandlingar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2311 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2311 utfallet "varning"
    Och slutsatsen steg2_resurs_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2311 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2311 utfallet "varning"
    Och meddelandet för DAL-2311 innehåller "”delvis”"
    Och slutsatsen steg2_resurs_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2311 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2311 inget fynd
    Och slutsatsen steg2_resurs_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2311 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2311 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2311" för DAL-2311
    Och kan slutsatsen steg2_resurs_nivå1 gälla
