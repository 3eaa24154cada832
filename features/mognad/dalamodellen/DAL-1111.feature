# language: sv
@DAL-1111
Egenskap: DAL-1111 Mål för upphandlingar: tydliga och uppföljningsbara
  Dalamodellen, steg 1 Strategisk inriktning, styrningsperspektivet, nivån tillfredsställande:
  ”Organisationen har tydliga och uppföljningsbara mål för upphandlingar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1111 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1111 utfallet "varning"
    Och slutsatsen steg1_styrning_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1111 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1111 utfallet "varning"
    Och meddelandet för DAL-1111 innehåller "”delvis”"
    Och slutsatsen steg1_styrning_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1111 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1111 inget fynd
    Och slutsatsen steg1_styrning_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1111 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1111 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1111" för DAL-1111
    Och kan slutsatsen steg1_styrning_nivå1 gälla

  Scenario: Delvis räknas som uppfyllt när parametern säger det
    Givet att svaret på DAL-1111 är "delvis"
    Och att parametern delvis_räknas_som_uppfyllt är 1
    När organisationen bedöms
    Så ger regeln DAL-1111 utfallet "varning"
    Och slutsatsen steg1_styrning_nivå1 gäller
