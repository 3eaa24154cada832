# language: sv
@DAL-2333
Egenskap: DAL-2333 Organisationsövergripande funktioner: mätbar effekt
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, resurs- och kompetensperspektivet, nivån excellent:
  ”Dialogen och samverkan leder till en tydlig effekt t.ex. genom att de övergripande
  funktionernas perspektiv kan mätas under avtalsperioden med avseende på att de slagit igenom
  samt vilket genomslag de fått.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2333 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2333 utfallet "info"
    Och slutsatsen steg2_resurs_nivå3 gäller inte
    Och slutsatsen steg2_resurs_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2333 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2333 utfallet "info"
    Och meddelandet för DAL-2333 innehåller "”delvis”"
    Och slutsatsen steg2_resurs_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2333 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2333 inget fynd
    Och slutsatsen steg2_resurs_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2333 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2333 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2333" för DAL-2333
    Och kan slutsatsen steg2_resurs_nivå3 gälla
