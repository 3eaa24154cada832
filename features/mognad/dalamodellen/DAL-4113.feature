# language: sv
@DAL-4113
Egenskap: DAL-4113 Jäv, korruption och mutor: riskerna tas upp regelbundet
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, styrningsperspektivet, nivån excellent:
  ”Tar regelbundet upp risker kopplat till jäv, korruption och mutor i såväl enskilda
  upphandlingsprojekt som övergripande inom respektive förvaltning.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4113 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4113 utfallet "info"
    Och slutsatsen steg4_styrning_nivå3 gäller inte
    Och slutsatsen steg4_styrning_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4113 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4113 utfallet "info"
    Och meddelandet för DAL-4113 innehåller "”delvis”"
    Och slutsatsen steg4_styrning_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4113 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4113 inget fynd
    Och slutsatsen steg4_styrning_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4113 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4113 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4113" för DAL-4113
    Och kan slutsatsen steg4_styrning_nivå3 gälla
