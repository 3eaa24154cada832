# language: sv
@DAL-1152
Egenskap: DAL-1152 Innovationsdrivet förhållningssätt: krav på innovationsaktiviteter
  Dalamodellen, steg 1 Strategisk inriktning, styrningsperspektivet, nivån mycket tillfredsställande:
  ”Ställer krav på genomförande av planerade aktiviteter som bygger innovation, t.ex. tidig
  dialog och funktionsinriktade krav.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1152 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1152 utfallet "info"
    Och slutsatsen steg1_styrning_nivå2 gäller inte
    Och slutsatsen steg1_styrning_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1152 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1152 utfallet "info"
    Och meddelandet för DAL-1152 innehåller "”delvis”"
    Och slutsatsen steg1_styrning_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1152 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1152 inget fynd
    Och slutsatsen steg1_styrning_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1152 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1152 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1152" för DAL-1152
    Och kan slutsatsen steg1_styrning_nivå2 gälla
