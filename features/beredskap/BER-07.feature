# language: sv
@BER-07
Egenskap: BER-07 Kritiskt avtal utan egen kontinuitetsplan
  Enligt nämndplanens uppdrag Försörjningsberedskap ska kritiska avtal ha
  egna kontinuitetsplaner.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Kritiskt avtal utan uppgift om kontinuitetsplan
    Givet att beredskap.kritiskt_avtal är ja
    När underlaget granskas
    Så ger regeln BER-07 utfallet "info"
    Och meddelandet för BER-07 innehåller "(angivet: uppgift saknas)"
    Och fyndet för BER-07 gäller fältet "beredskap.kontinuitetsplan"

  @brist
  Scenario: Leverantörens kontinuitetsplan ersätter inte myndighetens egen
    Givet att beredskap.kritiskt_avtal är ja
    Och att beredskap.kontinuitetsplan är nej
    Och underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "kontinuitetsplan"                                      |
      | beskrivning | "Leverantören ska ha en kontinuitetsplan för driften."  |
    När underlaget granskas
    Så ger regeln BER-07 utfallet "info"
    Och meddelandet för BER-07 innehåller "(angivet: nej)"

  @godtagbart
  Scenario: Myndigheten har en kontinuitetsplan för det kritiska avtalet
    Givet att beredskap.kritiskt_avtal är ja
    Och att beredskap.kontinuitetsplan är ja
    När underlaget granskas
    Så ger regeln BER-07 inget fynd

  @godtagbart
  Scenario: Samhällsviktig verksamhet men inget kritiskt avtal
    Givet att beredskap.samhällsviktig_verksamhet är ja
    Och att beredskap.kritiskt_avtal är nej
    När underlaget granskas
    Så ger regeln BER-07 inget fynd

  @okänd
  Scenario: Avtalet är kritiskt men det går inte att se om myndigheten har en kontinuitetsplan
    Givet att beredskap.kritiskt_avtal är ja
    Och att beredskap.kontinuitetsplan inte är känd
    När underlaget granskas
    Så ger regeln BER-07 utfallet "underlag saknas"
    Och fyndet för BER-07 gäller fältet "beredskap.kontinuitetsplan"
    Och saknas uppgiften beredskap.kontinuitetsplan för BER-07

  @okänd
  Scenario: Det är inte utrett om avtalet är kritiskt, och ingen kontinuitetsplan anges
    Givet att beredskap.kritiskt_avtal inte är känt
    När underlaget granskas
    Så ger regeln BER-07 utfallet "underlag saknas"
    Och fyndet för BER-07 gäller fältet "beredskap.kritiskt_avtal"
    Och saknas uppgiften beredskap.kritiskt_avtal för BER-07

  @okänd
  Scenario: Myndigheten har en kontinuitetsplan, så det spelar ingen roll om avtalet är kritiskt
    Givet att beredskap.kontinuitetsplan är ja
    Och att beredskap.kritiskt_avtal inte är känt
    När underlaget granskas
    Så ger regeln BER-07 inget fynd
