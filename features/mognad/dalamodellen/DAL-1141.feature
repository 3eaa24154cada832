# language: sv
@DAL-1141
Egenskap: DAL-1141 Upphandlingsorganisationen: tydligt uppdrag och målsättning
  Dalamodellen, steg 1 Strategisk inriktning, styrningsperspektivet, nivån tillfredsställande:
  ”Har en upphandlingsorganisation som har ett tydligt uppdrag och målsättning.
  Upphandlingsorganisationen kan bestå av både upphandlingsfunktion och andra delar av
  organisationen.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1141 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1141 utfallet "varning"
    Och slutsatsen steg1_styrning_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1141 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1141 utfallet "varning"
    Och meddelandet för DAL-1141 innehåller "”delvis”"
    Och slutsatsen steg1_styrning_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1141 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1141 inget fynd
    Och slutsatsen steg1_styrning_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1141 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1141 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1141" för DAL-1141
    Och kan slutsatsen steg1_styrning_nivå1 gälla
