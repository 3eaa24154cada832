# language: sv
@AMB-11
Egenskap: AMB-11 Ambitionsgrafen V1.1: mål för inköpsverksamheten
  ”Vi har mål för inköpsverksamheten, t.ex. i en inköpspolicy.”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  ja.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "nej" på v1_1
    När organisationen bedöms
    Så ger regeln AMB-11 utfallet "info"
    Och meddelandet för AMB-11 innehåller "Medelpoängen är 1,5 av 3; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande svarar ja
    När organisationen bedöms
    Så ger regeln AMB-11 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar ja
    Givet att svaret från respondenten R2 på v1_1 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-11 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-11 från R2" för AMB-11

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-11 utfallet "underlag saknas"
