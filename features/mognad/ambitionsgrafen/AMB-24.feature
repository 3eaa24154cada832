# language: sv
@AMB-24
Egenskap: AMB-24 Ambitionsgrafen V2.4: resultatrapporter per kategori
  ”Vi tar återkommande fram resultatuppföljningsrapporter med prognoser och riskanalyser för
  respektive inköpskategoris måluppfyllelse.”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på v2_4
    När organisationen bedöms
    Så ger regeln AMB-24 utfallet "info"
    Och meddelandet för AMB-24 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-24 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på v2_4 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-24 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-24 från R2" för AMB-24

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-24 utfallet "underlag saknas"
