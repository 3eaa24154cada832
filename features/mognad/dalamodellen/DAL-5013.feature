# language: sv
@DAL-5013
Egenskap: DAL-5013 Ansvar och prioritering i kris: egen regi eller leverantör bestämt
  Dalamodellen, Offentlig upphandling i kris och för beredskap, nivån excellent:
  ”Bestäm vad som ska göras i egen regi i händelse av kris eller krig samt vad som ska göras av
  en leverantör. Tänk särskilt på att ett avtal alltid kan brytas. Det kommer att kosta den
  leverantör som bryter avtalet i form av skadestånd, men i ett tillräckligt allvarligt läge kan
  ett sådant skadestånd ingå i en kalkylerad risk som leverantören gör.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i avsnittet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-5013 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-5013 utfallet "info"
    Och slutsatsen kris_nivå3 gäller inte
    Och slutsatsen kris_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-5013 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-5013 utfallet "info"
    Och meddelandet för DAL-5013 innehåller "”delvis”"
    Och slutsatsen kris_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-5013 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-5013 inget fynd
    Och slutsatsen kris_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-5013 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-5013 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-5013" för DAL-5013
    Och kan slutsatsen kris_nivå3 gälla
