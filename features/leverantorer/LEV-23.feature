# language: sv
@LEV-23
Egenskap: LEV-23 Varningssignal: En företrädare har varit med om konkurser
  En nuvarande företrädare som har varit företrädare för bolag som gått i
  konkurs är en signal.
  Checklistans punkter i kategorin Företrädarna är inte bekräftade (regelreferensen
  X-37, säkerhet M); signalen är en indikation, inte ett bevis.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Den nya verkställande direktören har suttit i två bolag som gått i konkurs
    Givet uppgiften företrädare har ett element:
      | namn               | "Olle Ek"                  |
      | roll               | "verkställande direktör"   |
      | från               | 2026-02-01                 |
      | tidigare_konkurser | 2                          |
      | andra_uppdrag      | 1                          |
    När leverantören granskas
    Så ger regeln LEV-23 utfallet "info"
    Och bygger fyndet för LEV-23 på uppgiften företrädare från "Bolagsverket" hämtad 2026-11-02

  @godtagbart
  Scenario: Ingen nuvarande företrädare har varit med om en konkurs
    När leverantören granskas
    Så ger regeln LEV-23 inget fynd

  @godtagbart
  Scenario: Den som varit med om konkurser har lämnat sitt uppdrag
    Givet uppgiften företrädare har ett element:
      | namn               | "Olle Ek"         |
      | roll               | "styrelseledamot" |
      | från               | 2019-01-15        |
      | till               | 2024-01-31        |
      | tidigare_konkurser | 3                 |
      | andra_uppdrag      | 1                 |
    När leverantören granskas
    Så ger regeln LEV-23 inget fynd

  @okänd
  Scenario: Bolagsverkets uppgift om en ny företrädares tidigare konkurser finns inte
    Givet uppgiften företrädare har ett element:
      | namn          | "Olle Ek"                |
      | roll          | "verkställande direktör" |
      | från          | 2026-02-01               |
      | andra_uppdrag | 1                        |
    Och att uppgiften företrädare[2].tidigare_konkurser inte är känd
    När leverantören granskas
    Så ger regeln LEV-23 utfallet "underlag saknas"
    Och fyndet för LEV-23 gäller fältet "företrädare[2].tidigare_konkurser"
