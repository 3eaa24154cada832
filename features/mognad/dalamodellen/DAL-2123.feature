# language: sv
@DAL-2123
Egenskap: DAL-2123 Samverkan med andra organisationer: enligt kategoristyrningen
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, styrningsperspektivet, nivån excellent:
  ”Samverkar i enlighet med implementerad kategoristyrning.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2123 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2123 utfallet "info"
    Och slutsatsen steg2_styrning_nivå3 gäller inte
    Och slutsatsen steg2_styrning_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2123 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2123 utfallet "info"
    Och meddelandet för DAL-2123 innehåller "”delvis”"
    Och slutsatsen steg2_styrning_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2123 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2123 inget fynd
    Och slutsatsen steg2_styrning_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2123 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2123 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2123" för DAL-2123
    Och kan slutsatsen steg2_styrning_nivå3 gälla
