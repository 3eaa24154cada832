# language: sv
@DAL-2331
Egenskap: DAL-2331 Organisationsövergripande funktioner: inventerade
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, resurs- och kompetensperspektivet, nivån tillfredsställande:
  ”Har gjort en inventering av vilka organisationsövergripande funktioner som finns och hur
  dessa kommer in i upphandlingsprocessen.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2331 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2331 utfallet "varning"
    Och slutsatsen steg2_resurs_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2331 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2331 utfallet "varning"
    Och meddelandet för DAL-2331 innehåller "”delvis”"
    Och slutsatsen steg2_resurs_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2331 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2331 inget fynd
    Och slutsatsen steg2_resurs_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2331 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2331 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2331" för DAL-2331
    Och kan slutsatsen steg2_resurs_nivå1 gälla
