# language: sv
@DAL-2133
Egenskap: DAL-2133 Omvärldsbevakning: rutiner för strategiska områden
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, styrningsperspektivet, nivån excellent:
  ”Har rutiner för omvärldsbevakning av strategiskt viktiga upphandlingsområden.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2133 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2133 utfallet "info"
    Och slutsatsen steg2_styrning_nivå3 gäller inte
    Och slutsatsen steg2_styrning_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2133 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2133 utfallet "info"
    Och meddelandet för DAL-2133 innehåller "”delvis”"
    Och slutsatsen steg2_styrning_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2133 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2133 inget fynd
    Och slutsatsen steg2_styrning_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2133 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2133 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2133" för DAL-2133
    Och kan slutsatsen steg2_styrning_nivå3 gälla
