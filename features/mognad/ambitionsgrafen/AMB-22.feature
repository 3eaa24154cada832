# language: sv
@AMB-22
Egenskap: AMB-22 Ambitionsgrafen V2.2: resultatrapporter för hela verksamheten
  ”Vi tar återkommande fram resultatuppföljningsrapporter med prognoser och riskanalyser för
  hela inköpsverksamhetens måluppfyllelse.”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på v2_2
    När organisationen bedöms
    Så ger regeln AMB-22 utfallet "info"
    Och meddelandet för AMB-22 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-22 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på v2_2 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-22 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-22 från R2" för AMB-22

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-22 utfallet "underlag saknas"
