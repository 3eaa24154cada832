# language: sv
@LEV-24
Egenskap: LEV-24 Varningssignal: En företrädare har många uppdrag
  En nuvarande företrädare med många uppdrag i andra bolag kan vara en
  bulvan; gränsen är parametern många_uppdrag (10).
  Checklistans punkter i kategorin Företrädarna är inte bekräftade (regelreferensen
  X-37, säkerhet M); signalen är en indikation, inte ett bevis.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Ordföranden har exakt tio uppdrag i andra bolag
    Givet uppgiften företrädare har ett element:
      | namn               | "Olle Ek"     |
      | roll               | "ordförande"  |
      | från               | 2025-05-01    |
      | tidigare_konkurser | 0             |
      | andra_uppdrag      | 10            |
    När leverantören granskas
    Så ger regeln LEV-24 utfallet "info"
    Och meddelandet för LEV-24 innehåller "minst 10 uppdrag"

  @godtagbart
  Scenario: Ordföranden har nio uppdrag i andra bolag
    Givet uppgiften företrädare har ett element:
      | namn               | "Olle Ek"    |
      | roll               | "ordförande" |
      | från               | 2025-05-01   |
      | tidigare_konkurser | 0            |
      | andra_uppdrag      | 9            |
    När leverantören granskas
    Så ger regeln LEV-24 inget fynd

  @okänd
  Scenario: Det framgår inte hur många uppdrag en ny företrädare har
    Givet uppgiften företrädare har ett element:
      | namn               | "Olle Ek"    |
      | roll               | "ordförande" |
      | från               | 2025-05-01   |
      | tidigare_konkurser | 0            |
    Och att uppgiften företrädare[2].andra_uppdrag inte är känd
    När leverantören granskas
    Så ger regeln LEV-24 utfallet "underlag saknas"
    Och fyndet för LEV-24 gäller fältet "företrädare[2].andra_uppdrag"
