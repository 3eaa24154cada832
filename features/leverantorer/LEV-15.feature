# language: sv
@LEV-15
Egenskap: LEV-15 Varningssignal: Inte registrerat som arbetsgivare
  Ett företag som inte är registrerat som arbetsgivare är en signal.
  Checklistans punkter i kategorin Företaget är inte bekräftade (regelreferensen
  X-37, säkerhet M); signalen är en indikation, inte ett bevis.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Företaget är inte registrerat som arbetsgivare
    Givet att uppgiften arbetsgivarregistrerad är nej
    När leverantören granskas
    Så ger regeln LEV-15 utfallet "info"
    Och meddelandet för LEV-15 innehåller "inte registrerat som arbetsgivare"
    Och bygger fyndet för LEV-15 på uppgiften arbetsgivarregistrerad från "Skatteverket" hämtad 2026-11-02

  @godtagbart
  Scenario: Företaget är registrerat som arbetsgivare
    Givet att uppgiften arbetsgivarregistrerad är ja
    När leverantören granskas
    Så ger regeln LEV-15 inget fynd
    Och slutsatsen signal_arbetsgivare_saknas gäller inte

  @okänd
  Scenario: Uppgiften är inte hämtad
    Givet att uppgiften arbetsgivarregistrerad inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-15 utfallet "underlag saknas"
    Och fyndet för LEV-15 gäller fältet "arbetsgivarregistrerad"
