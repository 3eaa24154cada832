# language: sv
@LEV-16
Egenskap: LEV-16 Varningssignal: Betalningsanmärkningar
  Betalningsanmärkningar visar att företaget inte betalat skulder i tid.
  Checklistans punkter i kategorin Ekonomi är inte bekräftade (regelreferensen
  X-37, säkerhet M); signalen är en indikation, inte ett bevis.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Företaget har tre betalningsanmärkningar
    Givet att uppgiften betalningsanmärkningar är 3
    När leverantören granskas
    Så ger regeln LEV-16 utfallet "info"
    Och meddelandet för LEV-16 innehåller "3 betalningsanmärkningar"
    Och bygger fyndet för LEV-16 på uppgiften betalningsanmärkningar från "kreditupplysningsföretag (UC)" hämtad 2026-11-02

  @godtagbart
  Scenario: Företaget har inga betalningsanmärkningar
    Givet att uppgiften betalningsanmärkningar är 0
    När leverantören granskas
    Så ger regeln LEV-16 inget fynd
    Och slutsatsen signal_betalningsanmärkningar gäller inte

  @okänd
  Scenario: Uppgiften är inte hämtad
    Givet att uppgiften betalningsanmärkningar inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-16 utfallet "underlag saknas"
    Och fyndet för LEV-16 gäller fältet "betalningsanmärkningar"
