# language: sv
@LEV-13
Egenskap: LEV-13 Varningssignal: F-skatt saknas
  Ett företag som inte är godkänt för F-skatt är en signal.
  Checklistans punkter i kategorin Företaget är inte bekräftade (regelreferensen
  X-37, säkerhet M); signalen är en indikation, inte ett bevis.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Företaget är inte godkänt för F-skatt
    Givet att uppgiften f_skatt är nej
    När leverantören granskas
    Så ger regeln LEV-13 utfallet "info"
    Och meddelandet för LEV-13 innehåller "inte godkänt för F-skatt"
    Och bygger fyndet för LEV-13 på uppgiften f_skatt från "Skatteverket" hämtad 2026-11-02

  @godtagbart
  Scenario: Företaget är godkänt för F-skatt
    Givet att uppgiften f_skatt är ja
    När leverantören granskas
    Så ger regeln LEV-13 inget fynd
    Och slutsatsen signal_f_skatt_saknas gäller inte

  @okänd
  Scenario: Uppgiften är inte hämtad
    Givet att uppgiften f_skatt inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-13 utfallet "underlag saknas"
    Och fyndet för LEV-13 gäller fältet "f_skatt"
