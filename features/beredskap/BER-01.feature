# language: sv
@BER-01
Egenskap: BER-01 Ange om upphandlingen gäller samhällsviktig verksamhet
  När CPV-koderna pekar på varor eller tjänster till samhällsviktig verksamhet
  ska myndigheten själv ta ställning till om verksamheten är samhällsviktig.
  Myndighetens besked går före CPV-klassningen.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Livsmedel utan besked om samhällsviktig verksamhet
    Givet att cpv_koder är "15000000-8"
    När underlaget granskas
    Så ger regeln BER-01 utfallet "bedömning krävs"
    Och meddelandet för BER-01 innehåller "(livsmedel)"
    Och fyndet för BER-01 gäller fältet "beredskap.samhällsviktig_verksamhet"

  @brist
  Scenario: Ett delkontrakt avser läkemedel och sjukvårdsprodukter
    Givet underlaget har ett delkontrakt:
      | namn      | "Läkemedel och förbrukningsmaterial" |
      | cpv_koder | "33600000-6", "33141000-0"          |
    När underlaget granskas
    Så ger regeln BER-01 utfallet "bedömning krävs"
    Och meddelandet för BER-01 innehåller "läkemedel, sjukvårdsprodukter"

  @godtagbart
  Scenario: Myndigheten anger att livsmedelsupphandlingen inte är samhällsviktig
    Givet att cpv_koder är "15000000-8"
    Och att beredskap.samhällsviktig_verksamhet är nej
    När underlaget granskas
    Så ger regeln BER-01 inget fynd

  @godtagbart
  Scenario: Myndigheten anger att avfallshämtningen är samhällsviktig
    Givet att cpv_koder är "90511000-2"
    Och att beredskap.samhällsviktig_verksamhet är ja
    När underlaget granskas
    Så ger regeln BER-01 inget fynd

  @godtagbart
  Scenario: Lokalvård räknas inte som samhällsviktig enligt klassningen
    Givet att cpv_koder är "90911200-8"
    När underlaget granskas
    Så ger regeln BER-01 inget fynd

  @okänd
  Scenario: CPV-koderna är inte kända och myndigheten har inte tagit ställning
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln BER-01 utfallet "underlag saknas"
    Och fyndet för BER-01 gäller fältet "cpv_koder"
    Och saknas uppgiften cpv_koder för BER-01

  @okänd
  Scenario: Myndigheten anger att verksamheten är samhällsviktig, så CPV-koderna behövs inte
    Givet att cpv_koder inte är kända
    Och att beredskap.samhällsviktig_verksamhet är ja
    När underlaget granskas
    Så ger regeln BER-01 inget fynd

  @okänd
  Scenario: Det går inte att se om myndigheten har tagit ställning till om livsmedelsupphandlingen är samhällsviktig
    Givet att cpv_koder är "15000000-8"
    Och att beredskap.samhällsviktig_verksamhet inte är känt
    När underlaget granskas
    Så ger regeln BER-01 utfallet "underlag saknas"
    Och fyndet för BER-01 gäller fältet "beredskap.samhällsviktig_verksamhet"
    Och saknas uppgiften beredskap.samhällsviktig_verksamhet för BER-01
