# language: sv
@DAL-4111
Egenskap: DAL-4111 Jäv, korruption och mutor: interna riktlinjer
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, styrningsperspektivet, nivån tillfredsställande:
  ”Har interna riktlinjer avseende korruption och mutor som ger medarbetarna rätt kunskap för
  att undvika jäv eller korruption.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4111 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4111 utfallet "varning"
    Och slutsatsen steg4_styrning_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4111 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4111 utfallet "varning"
    Och meddelandet för DAL-4111 innehåller "”delvis”"
    Och slutsatsen steg4_styrning_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4111 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4111 inget fynd
    Och slutsatsen steg4_styrning_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4111 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4111 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4111" för DAL-4111
    Och kan slutsatsen steg4_styrning_nivå1 gälla
