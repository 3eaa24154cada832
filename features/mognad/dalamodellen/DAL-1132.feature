# language: sv
@DAL-1132
Egenskap: DAL-1132 Politiskt beslutade inriktningsmål: kopplade till Dalastrategin 2030
  Dalamodellen, steg 1 Strategisk inriktning, styrningsperspektivet, nivån mycket tillfredsställande:
  ”Det är tydligt hur Dalastrategin 2030 har kopplats till inriktningsmål och prioriteringar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1132 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1132 utfallet "info"
    Och slutsatsen steg1_styrning_nivå2 gäller inte
    Och slutsatsen steg1_styrning_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1132 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1132 utfallet "info"
    Och meddelandet för DAL-1132 innehåller "”delvis”"
    Och slutsatsen steg1_styrning_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1132 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1132 inget fynd
    Och slutsatsen steg1_styrning_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1132 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1132 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1132" för DAL-1132
    Och kan slutsatsen steg1_styrning_nivå2 gälla
