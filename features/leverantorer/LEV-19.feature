# language: sv
@LEV-19
Egenskap: LEV-19 Varningssignal: En styrelseledamot har näringsförbud
  En nuvarande ledamot, suppleant eller ordförande i styrelsen med
  näringsförbud är en signal.
  Checklistans punkter i kategorin Styrelsen är inte bekräftade (regelreferensen
  X-37, säkerhet M); signalen är en indikation, inte ett bevis.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: En nuvarande styrelseledamot har näringsförbud
    Givet uppgiften företrädare har ett element:
      | namn               | "Olle Ek"         |
      | roll               | "styrelseledamot" |
      | från               | 2024-01-15        |
      | näringsförbud      | ja                |
      | tidigare_konkurser | 0                 |
      | andra_uppdrag      | 1                 |
    När leverantören granskas
    Så ger regeln LEV-19 utfallet "info"
    Och meddelandet för LEV-19 innehåller "näringsförbud"

  @godtagbart
  Scenario: Den som har näringsförbud är revisor, inte ledamot i styrelsen
    Givet uppgiften företrädare har ett element:
      | namn               | "Olle Ek" |
      | roll               | "revisor" |
      | från               | 2024-01-15 |
      | näringsförbud      | ja        |
      | tidigare_konkurser | 0         |
      | andra_uppdrag      | 1         |
    När leverantören granskas
    Så ger regeln LEV-19 inget fynd

  @godtagbart
  Scenario: En tidigare styrelseledamot har näringsförbud
    Givet uppgiften företrädare har ett element:
      | namn               | "Olle Ek"         |
      | roll               | "styrelseledamot" |
      | från               | 2019-01-15        |
      | till               | 2024-01-31        |
      | näringsförbud      | ja                |
      | tidigare_konkurser | 0                 |
      | andra_uppdrag      | 1                 |
    När leverantören granskas
    Så ger regeln LEV-19 inget fynd

  @okänd
  Scenario: Företrädarna är inte hämtade
    Givet att uppgiften företrädare inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-19 utfallet "underlag saknas"
    Och fyndet för LEV-19 gäller fältet "företrädare"
