# language: sv
@DAL-5021
Egenskap: DAL-5021 Förändringar och redundans i avtalen: höjd för förändringar
  Dalamodellen, Offentlig upphandling i kris och för beredskap, nivån tillfredsställande:
  ”Ta höjd för förändringar. Det som planeras kommer att kunna förändras snabbt. Skriv in
  möjligheter till omförhandlingar i den mån det är möjligt. Tänk på hur de
  upphandlingsrättsliga principerna fungerar i praktiken.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i avsnittet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-5021 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-5021 utfallet "varning"
    Och slutsatsen kris_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-5021 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-5021 utfallet "varning"
    Och meddelandet för DAL-5021 innehåller "”delvis”"
    Och slutsatsen kris_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-5021 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-5021 inget fynd
    Och slutsatsen kris_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-5021 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-5021 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-5021" för DAL-5021
    Och kan slutsatsen kris_nivå1 gälla
