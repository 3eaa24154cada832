# language: sv
@AMB-21
Egenskap: AMB-21 Ambitionsgrafen V2.1: kunskapsunderlag på flera års sikt
  ”Vi tar återkommande fram kunskapsunderlag för hela inköpsverksamheten med behovsanalyser och
  måluppfyllelsebedömningar på flera års sikt.”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på v2_1
    När organisationen bedöms
    Så ger regeln AMB-21 utfallet "info"
    Och meddelandet för AMB-21 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-21 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på v2_1 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-21 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-21 från R2" för AMB-21

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-21 utfallet "underlag saknas"
