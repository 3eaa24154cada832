# language: sv
@PROP-08
Egenskap: PROP-08 Hänvisning till standard utan ”eller likvärdigt”
  När en teknisk specifikation hänvisar till en standard ska hänvisningen
  följas av orden ”eller likvärdigt”, så att leverantörer kan visa att de
  uppfyller kravet på annat sätt.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Kvalitetsmätningen ska följa en namngiven standard utan ”eller likvärdigt”
    Givet underlaget har en teknisk specifikation:
      | beskrivning     | "Kvalitetsmätning av utförd lokalvård" |
      | hänvisning      | "standard"                             |
      | hänvisning_namn | "SS-EN 13549"                          |
    När underlaget granskas
    Så ger regeln PROP-08 utfallet "fel"
    Och meddelandet för PROP-08 innehåller "standarden SS-EN 13549"
    Och fyndet för PROP-08 gäller fältet "tekniska_specifikationer[0].eller_likvärdigt"

  @godtagbart
  Scenario: Hänvisningen till standarden följs av ”eller likvärdigt”
    Givet underlaget har en teknisk specifikation:
      | beskrivning      | "Kvalitetsmätning av utförd lokalvård" |
      | hänvisning       | "standard"                             |
      | hänvisning_namn  | "SS-EN 13549"                          |
      | eller_likvärdigt | ja                                     |
    När underlaget granskas
    Så ger regeln PROP-08 inget fynd

  @godtagbart
  Scenario: Specifikationen hänvisar inte till någon standard
    Givet underlaget har en teknisk specifikation:
      | beskrivning | "Lokalerna ska vara fria från synligt damm och fläckar vid kontroll" |
    När underlaget granskas
    Så ger regeln PROP-08 inget fynd

  @okänd
  Scenario: Det går inte att se om hänvisningen till standarden följs av ”eller likvärdigt”
    Givet underlaget har en teknisk specifikation:
      | beskrivning     | "Kvalitetsmätning av utförd lokalvård" |
      | hänvisning      | "standard"                             |
      | hänvisning_namn | "SS-EN 13549"                          |
    Och att tekniska_specifikationer[0].eller_likvärdigt inte är känt
    När underlaget granskas
    Så ger regeln PROP-08 utfallet "underlag saknas"
    Och fyndet för PROP-08 gäller fältet "tekniska_specifikationer[0].eller_likvärdigt"
    Och saknas uppgiften tekniska_specifikationer[0].eller_likvärdigt för PROP-08

  @okänd
  Scenario: Det går inte att avgöra om specifikationen hänvisar till en standard
    Givet underlaget har en teknisk specifikation:
      | beskrivning      | "Kvalitetsmätning enligt SS-EN 13549" |
      | eller_likvärdigt | nej                                   |
    Och att tekniska_specifikationer[0].hänvisning inte är känd
    När underlaget granskas
    Så ger regeln PROP-08 utfallet "underlag saknas"
    Och fyndet för PROP-08 gäller fältet "tekniska_specifikationer[0].hänvisning"
    Och saknas uppgiften tekniska_specifikationer[0].hänvisning för PROP-08

  @okänd
  Scenario: Specifikationen hänvisar till ett fabrikat, inte till en standard
    Givet underlaget har en teknisk specifikation:
      | beskrivning     | "Golvskurmaskin för storköket" |
      | hänvisning      | "fabrikat"                     |
      | hänvisning_namn | "Nordstäd X200"                |
    Och att tekniska_specifikationer[0].eller_likvärdigt inte är känt
    När underlaget granskas
    Så ger regeln PROP-08 inget fynd
