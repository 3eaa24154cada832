# language: sv
@DAL-2121
Egenskap: DAL-2121 Samverkan med andra organisationer: i viss utsträckning
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, styrningsperspektivet, nivån tillfredsställande:
  ”Samverkar med andra organisationer som har liknande behov i viss utsträckning.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2121 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2121 utfallet "varning"
    Och slutsatsen steg2_styrning_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2121 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2121 utfallet "varning"
    Och meddelandet för DAL-2121 innehåller "”delvis”"
    Och slutsatsen steg2_styrning_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2121 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2121 inget fynd
    Och slutsatsen steg2_styrning_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2121 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2121 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2121" för DAL-2121
    Och kan slutsatsen steg2_styrning_nivå1 gälla
