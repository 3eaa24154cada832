# language: sv
@DAL-2132
Egenskap: DAL-2132 Omvärldsbevakning: intervjuar andra organisationer
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, styrningsperspektivet, nivån mycket tillfredsställande:
  ”Kontaktar organisationer som genomfört liknande upphandlingar för att intervjua kring deras
  erfarenheter och resultat.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2132 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2132 utfallet "info"
    Och slutsatsen steg2_styrning_nivå2 gäller inte
    Och slutsatsen steg2_styrning_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2132 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2132 utfallet "info"
    Och meddelandet för DAL-2132 innehåller "”delvis”"
    Och slutsatsen steg2_styrning_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2132 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2132 inget fynd
    Och slutsatsen steg2_styrning_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2132 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2132 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2132" för DAL-2132
    Och kan slutsatsen steg2_styrning_nivå2 gälla
