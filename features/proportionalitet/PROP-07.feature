# language: sv
@PROP-07
Egenskap: PROP-07 Hänvisning till varumärke eller fabrikat utan ”eller likvärdigt”
  En teknisk specifikation får hänvisa till ett visst fabrikat, varumärke,
  patent, typ, ursprung eller framställningssätt bara i undantagsfall, och
  hänvisningen ska då alltid följas av orden ”eller likvärdigt”.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Specifikationen kräver ett visst fabrikat av städmaskin
    Givet underlaget har en teknisk specifikation:
      | beskrivning     | "Golvskurmaskin för storköket" |
      | hänvisning      | "fabrikat"                     |
      | hänvisning_namn | "Nordstäd X200"                |
    När underlaget granskas
    Så ger regeln PROP-07 utfallet "fel"
    Och meddelandet för PROP-07 innehåller "hänvisar till fabrikat Nordstäd X200"
    Och fyndet för PROP-07 gäller fältet "tekniska_specifikationer[0].eller_likvärdigt"

  @brist
  Scenario: Specifikationen anger ett varumärke följt av ordet typ
    Givet underlaget har en teknisk specifikation:
      | beskrivning      | "Låscylindrar till skolans ytterdörrar" |
      | hänvisning       | "typ"                                   |
      | hänvisning_namn  | "Låsab 3000"                            |
      | eller_likvärdigt | nej                                     |
    När underlaget granskas
    Så ger regeln PROP-07 utfallet "fel"
    Och meddelandet för PROP-07 innehåller "Låscylindrar till skolans ytterdörrar"

  @godtagbart
  Scenario: Hänvisningen till fabrikatet följs av ”eller likvärdigt”
    Givet underlaget har en teknisk specifikation:
      | beskrivning      | "Golvskurmaskin för storköket" |
      | hänvisning       | "fabrikat"                     |
      | hänvisning_namn  | "Nordstäd X200"                |
      | eller_likvärdigt | ja                             |
    När underlaget granskas
    Så ger regeln PROP-07 inget fynd

  @godtagbart
  Scenario: Specifikationen beskriver funktionen utan att hänvisa till något fabrikat
    Givet underlaget har en teknisk specifikation:
      | beskrivning | "Golvskurmaskin med minst 50 cm arbetsbredd och högst 70 dB(A) ljudnivå" |
    När underlaget granskas
    Så ger regeln PROP-07 inget fynd

  @okänd
  Scenario: Det går inte att se om hänvisningen till fabrikatet följs av ”eller likvärdigt”
    Givet underlaget har en teknisk specifikation:
      | beskrivning     | "Golvskurmaskin för storköket" |
      | hänvisning      | "fabrikat"                     |
      | hänvisning_namn | "Nordstäd X200"                |
    Och att tekniska_specifikationer[0].eller_likvärdigt inte är känt
    När underlaget granskas
    Så ger regeln PROP-07 utfallet "underlag saknas"
    Och fyndet för PROP-07 gäller fältet "tekniska_specifikationer[0].eller_likvärdigt"
    Och saknas uppgiften tekniska_specifikationer[0].eller_likvärdigt för PROP-07

  @okänd
  Scenario: Det går inte att avgöra om specifikationen hänvisar till ett fabrikat
    Givet underlaget har en teknisk specifikation:
      | beskrivning      | "Golvskurmaskin X200 för storköket" |
      | eller_likvärdigt | nej                                 |
    Och att tekniska_specifikationer[0].hänvisning inte är känd
    När underlaget granskas
    Så ger regeln PROP-07 utfallet "underlag saknas"
    Och fyndet för PROP-07 gäller fältet "tekniska_specifikationer[0].hänvisning"
    Och saknas uppgiften tekniska_specifikationer[0].hänvisning för PROP-07

  @okänd
  Scenario: Hänvisningen följs av ”eller likvärdigt”, vad den än hänvisar till
    Givet underlaget har en teknisk specifikation:
      | beskrivning      | "Golvskurmaskin X200 eller likvärdigt för storköket" |
      | eller_likvärdigt | ja                                                   |
    Och att tekniska_specifikationer[0].hänvisning inte är känd
    När underlaget granskas
    Så ger regeln PROP-07 inget fynd
