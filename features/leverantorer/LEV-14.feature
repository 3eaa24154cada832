# language: sv
@LEV-14
Egenskap: LEV-14 Varningssignal: Inte registrerat för moms
  Ett företag som inte är registrerat för moms är en signal.
  Checklistans punkter i kategorin Företaget är inte bekräftade (regelreferensen
  X-37, säkerhet M); signalen är en indikation, inte ett bevis.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Företaget är inte registrerat för moms
    Givet att uppgiften momsregistrerad är nej
    När leverantören granskas
    Så ger regeln LEV-14 utfallet "info"
    Och meddelandet för LEV-14 innehåller "inte registrerat för moms"
    Och bygger fyndet för LEV-14 på uppgiften momsregistrerad från "Skatteverket" hämtad 2026-11-02

  @godtagbart
  Scenario: Företaget är registrerat för moms
    Givet att uppgiften momsregistrerad är ja
    När leverantören granskas
    Så ger regeln LEV-14 inget fynd
    Och slutsatsen signal_moms_saknas gäller inte

  @okänd
  Scenario: Uppgiften är inte hämtad
    Givet att uppgiften momsregistrerad inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-14 utfallet "underlag saknas"
    Och fyndet för LEV-14 gäller fältet "momsregistrerad"
