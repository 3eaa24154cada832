# language: sv
@PROP-42
Egenskap: PROP-42 LUF: tiden för anbudsansökan är kortare än huvudregelns 30 dagar
  Enligt LUF är huvudregeln minst 30 dagar för anbudsansökan (regelreferensen
  X-03). Kortare tid, men minst 15 dagar, är en avvikelse som enheten bör kunna
  motivera.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att lagrum är "LUF"
    Och att förfarande är "selektivt"
    Och att annonseringsdatum är 2026-03-02

  @brist
  Scenario: Tiden för anbudsansökan är 20 dagar
    Givet att sista_ansökningsdag är 2026-03-22
    När underlaget granskas
    Så ger regeln PROP-42 utfallet "varning"
    Och meddelandet för PROP-42 innehåller "huvudregeln minst 30 dagar"

  @godtagbart
  Scenario: Tiden för anbudsansökan är exakt 30 dagar
    Givet att sista_ansökningsdag är 2026-04-01
    När underlaget granskas
    Så ger regeln PROP-42 inget fynd

  @godtagbart
  Scenario: Under 15 dagar gäller PROP-41 i stället
    Givet att sista_ansökningsdag är 2026-03-16
    När underlaget granskas
    Så ger regeln PROP-42 inget fynd

  @motiverad_avvikelse
  Scenario: Enheten motiverar 20 dagar
    Givet att sista_ansökningsdag är 2026-03-22
    Och underlaget har en motivering för PROP-42: "Leveranserna måste starta före vinterns driftsäsong."
    När underlaget granskas
    Så ger regeln PROP-42 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Sista dag för anbudsansökan är inte bestämd
    Givet att sista_ansökningsdag inte är känd
    När underlaget granskas
    Så ger regeln PROP-42 utfallet "underlag saknas"
    Och fyndet för PROP-42 gäller fältet "sista_ansökningsdag"
