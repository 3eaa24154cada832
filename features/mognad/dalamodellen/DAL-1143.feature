# language: sv
@DAL-1143
Egenskap: DAL-1143 Upphandlingsorganisationen: driver Agenda 2030-frågor
  Dalamodellen, steg 1 Strategisk inriktning, styrningsperspektivet, nivån excellent:
  ”Har en upphandlingsorganisation som arbetar tvärfunktionellt, men som även aktivt driver
  frågor inom sitt område kopplat till Agenda 2030.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1143 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1143 utfallet "info"
    Och slutsatsen steg1_styrning_nivå3 gäller inte
    Och slutsatsen steg1_styrning_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1143 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1143 utfallet "info"
    Och meddelandet för DAL-1143 innehåller "”delvis”"
    Och slutsatsen steg1_styrning_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1143 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1143 inget fynd
    Och slutsatsen steg1_styrning_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1143 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1143 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1143" för DAL-1143
    Och kan slutsatsen steg1_styrning_nivå3 gälla
