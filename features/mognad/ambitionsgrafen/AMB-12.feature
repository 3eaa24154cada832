# language: sv
@AMB-12
Egenskap: AMB-12 Ambitionsgrafen V1.2: mått för att bedöma framgång
  ”Vi har mått som kan användas i bedömningen av framgång i förhållande till uppställda mål.”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på v1_2
    När organisationen bedöms
    Så ger regeln AMB-12 utfallet "info"
    Och meddelandet för AMB-12 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-12 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på v1_2 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-12 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-12 från R2" för AMB-12

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-12 utfallet "underlag saknas"
