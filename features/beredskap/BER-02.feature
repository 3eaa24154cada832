# language: sv
@BER-02
Egenskap: BER-02 Risk- och sårbarhetsanalys i behovsanalysen
  För samhällsviktig verksamhet och kritiska avtal ska en risk- och
  sårbarhetsanalys vara en del av behovsanalysen.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Samhällsviktig verksamhet utan uppgift om risk- och sårbarhetsanalys
    Givet att beredskap.samhällsviktig_verksamhet är ja
    När underlaget granskas
    Så ger regeln BER-02 utfallet "varning"
    Och meddelandet för BER-02 innehåller "(angivet: uppgift saknas)"
    Och fyndet för BER-02 gäller fältet "beredskap.risk_och_sårbarhetsanalys"

  @brist
  Scenario: CPV-koden pekar på drivmedel och ingen analys är gjord
    Givet att cpv_koder är "09134100-8"
    Och att beredskap.risk_och_sårbarhetsanalys är nej
    När underlaget granskas
    Så ger regeln BER-02 utfallet "varning"
    Och meddelandet för BER-02 innehåller "(angivet: nej)"
    Och slutsatsen samhällsviktig_upphandling gäller

  @brist
  Scenario: Ett kritiskt avtal kräver analysen även om verksamheten inte anges som samhällsviktig
    Givet att beredskap.samhällsviktig_verksamhet är nej
    Och att beredskap.kritiskt_avtal är ja
    När underlaget granskas
    Så ger regeln BER-02 utfallet "varning"
    Och slutsatsen samhällsviktig_upphandling gäller

  @godtagbart
  Scenario: Analysen är gjord
    Givet att beredskap.samhällsviktig_verksamhet är ja
    Och att beredskap.risk_och_sårbarhetsanalys är ja
    När underlaget granskas
    Så ger regeln BER-02 inget fynd

  @godtagbart
  Scenario: Myndighetens nej går före CPV-koden för drivmedel
    Givet att cpv_koder är "09134100-8"
    Och att beredskap.samhällsviktig_verksamhet är nej
    När underlaget granskas
    Så ger regeln BER-02 inget fynd
    Och slutsatsen samhällsviktig_upphandling gäller inte

  @okänd
  Scenario: CPV-koderna är inte kända och myndigheten har inte tagit ställning till samhällsviktig verksamhet
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln BER-02 utfallet "underlag saknas"
    Och fyndet för BER-02 gäller fältet "cpv_koder"
    Och saknas uppgiften cpv_koder för BER-02

  @okänd
  Scenario: Verksamheten är samhällsviktig men det går inte att se om risk- och sårbarhetsanalysen är gjord
    Givet att beredskap.samhällsviktig_verksamhet är ja
    Och att beredskap.risk_och_sårbarhetsanalys inte är känd
    När underlaget granskas
    Så ger regeln BER-02 utfallet "underlag saknas"
    Och fyndet för BER-02 gäller fältet "beredskap.risk_och_sårbarhetsanalys"
    Och saknas uppgiften beredskap.risk_och_sårbarhetsanalys för BER-02

  @okänd
  Scenario: Myndigheten anger samhällsviktig verksamhet, så CPV-koderna behövs inte för att se att analysen saknas
    Givet att cpv_koder inte är kända
    Och att beredskap.samhällsviktig_verksamhet är ja
    När underlaget granskas
    Så ger regeln BER-02 utfallet "varning"

  @okänd
  Scenario: Verksamheten är inte samhällsviktig, så analysen behöver inte vara känd
    Givet att beredskap.samhällsviktig_verksamhet är nej
    Och att beredskap.risk_och_sårbarhetsanalys inte är känd
    När underlaget granskas
    Så ger regeln BER-02 inget fynd
