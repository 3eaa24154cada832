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
