# language: sv
@DAL-1311
Egenskap: DAL-1311 Medarbetarnas förutsättningar: tydliga uppgifter och mandat
  Dalamodellen, steg 1 Strategisk inriktning, resurs- och kompetensperspektivet, nivån tillfredsställande:
  ”Medarbetarna har rätt förutsättningar för att lösa sina uppgifter (det vill säga tydliga
  uppgifter och mandat).”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1311 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1311 utfallet "varning"
    Och slutsatsen steg1_resurs_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1311 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1311 utfallet "varning"
    Och meddelandet för DAL-1311 innehåller "”delvis”"
    Och slutsatsen steg1_resurs_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1311 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1311 inget fynd
    Och slutsatsen steg1_resurs_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1311 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1311 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1311" för DAL-1311
    Och kan slutsatsen steg1_resurs_nivå1 gälla
