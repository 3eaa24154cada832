# language: sv
@DAL-5023
Egenskap: DAL-5023 Förändringar och redundans i avtalen: redundanta lösningar planerade
  Dalamodellen, Offentlig upphandling i kris och för beredskap, nivån excellent:
  ”Planera för redundanta lösningar så att behovet tillgodoses även om avtalet inte är möjligt
  att förändra (eller om leverantören inte kan genomföra förändringen).”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i avsnittet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-5023 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-5023 utfallet "info"
    Och slutsatsen kris_nivå3 gäller inte
    Och slutsatsen kris_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-5023 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-5023 utfallet "info"
    Och meddelandet för DAL-5023 innehåller "”delvis”"
    Och slutsatsen kris_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-5023 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-5023 inget fynd
    Och slutsatsen kris_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-5023 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-5023 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-5023" för DAL-5023
    Och kan slutsatsen kris_nivå3 gälla
