# language: sv
@PROP-33
Egenskap: PROP-33 Krav på märkning utan ”eller likvärdigt”
  En myndighet som kräver en viss märkning ska godta alla märkningar som
  bekräftar att likvärdiga krav är uppfyllda.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Städkemikalierna ska vara Svanenmärkta
    Givet underlaget har en teknisk specifikation:
      | beskrivning     | "Städkemikalierna ska vara Svanenmärkta." |
      | hänvisning      | "märkning"                                |
      | hänvisning_namn | "Svanen"                                  |
    När underlaget granskas
    Så ger regeln PROP-33 utfallet "varning"
    Och meddelandet för PROP-33 innehåller "kräver märkningen Svanen utan orden ”eller likvärdigt”"
    Och fyndet för PROP-33 gäller fältet "tekniska_specifikationer[0].eller_likvärdigt"

  @godtagbart
  Scenario: Svanenmärkt eller likvärdigt
    Givet underlaget har en teknisk specifikation:
      | beskrivning      | "Städkemikalierna ska vara Svanenmärkta eller likvärdigt." |
      | hänvisning       | "märkning"                                                  |
      | hänvisning_namn  | "Svanen"                                                    |
      | eller_likvärdigt | ja                                                          |
    När underlaget granskas
    Så ger regeln PROP-33 inget fynd

  @godtagbart
  Scenario: En hänvisning till en standard prövas av PROP-08, inte här
    Givet underlaget har en teknisk specifikation:
      | beskrivning     | "Enligt SS-EN 13549." |
      | hänvisning      | "standard"            |
      | hänvisning_namn | "SS-EN 13549"         |
    När underlaget granskas
    Så ger regeln PROP-33 inget fynd

  @okänd
  Scenario: Det framgår inte om andra märkningar godtas
    Givet underlaget har en teknisk specifikation:
      | beskrivning     | "Städkemikalierna ska vara Svanenmärkta." |
      | hänvisning      | "märkning"                                |
      | hänvisning_namn | "Svanen"                                  |
    Och att tekniska_specifikationer[0].eller_likvärdigt inte är känt
    När underlaget granskas
    Så ger regeln PROP-33 utfallet "underlag saknas"
    Och saknas uppgiften tekniska_specifikationer[0].eller_likvärdigt för PROP-33
