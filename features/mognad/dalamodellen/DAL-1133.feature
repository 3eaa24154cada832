# language: sv
@DAL-1133
Egenskap: DAL-1133 Politiskt beslutade inriktningsmål: plan för hållbarhet och samhällsutmaningar
  Dalamodellen, steg 1 Strategisk inriktning, styrningsperspektivet, nivån excellent:
  ”Det finns en beslutad och förankrad plan för de områden där organisationen behöver och önskar
  se lösningar som snabbare ger önskade resultat kopplat till ökad hållbarhet (Agenda 2030) samt
  för att möta samhällsutmaningar på lokal eller regional nivå.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1133 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1133 utfallet "info"
    Och slutsatsen steg1_styrning_nivå3 gäller inte
    Och slutsatsen steg1_styrning_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1133 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1133 utfallet "info"
    Och meddelandet för DAL-1133 innehåller "”delvis”"
    Och slutsatsen steg1_styrning_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1133 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1133 inget fynd
    Och slutsatsen steg1_styrning_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1133 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1133 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1133" för DAL-1133
    Och kan slutsatsen steg1_styrning_nivå3 gälla
