# language: sv
@LEV-17
Egenskap: LEV-17 Varningssignal: Skulder hos Kronofogden
  Skulder hos Kronofogden, vilket slag de än är, är en signal.
  Checklistans punkter i kategorin Ekonomi är inte bekräftade (regelreferensen
  X-37, säkerhet M); signalen är en indikation, inte ett bevis.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Företaget har en skuld i ett enskilt mål
    Givet uppgiften skulder_kronofogden har ett element:
      | slag   | "enskilda mål" |
      | belopp | 18 000 kr      |
      | datum  | 2026-08-01     |
    När leverantören granskas
    Så ger regeln LEV-17 utfallet "info"
    Och meddelandet för LEV-17 innehåller "1 skulder hos Kronofogden"
    Och bygger fyndet för LEV-17 på uppgiften skulder_kronofogden från "Kronofogden" hämtad 2026-11-02

  @godtagbart
  Scenario: Företaget har inga skulder hos Kronofogden
    När leverantören granskas
    Så ger regeln LEV-17 inget fynd

  @okänd
  Scenario: Skulderna hos Kronofogden är inte hämtade
    Givet att uppgiften skulder_kronofogden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-17 utfallet "underlag saknas"
    Och fyndet för LEV-17 gäller fältet "skulder_kronofogden"
