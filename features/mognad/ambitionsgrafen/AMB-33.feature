# language: sv
@AMB-33
Egenskap: AMB-33 Ambitionsgrafen V3.3: stöd i planeringen
  ”Inköpsfunktionen ansvarar för stöd till ledningen i planering av verksamheten (vikt 1).”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på v3_3
    När organisationen bedöms
    Så ger regeln AMB-33 utfallet "info"
    Och meddelandet för AMB-33 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-33 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på v3_3 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-33 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-33 från R2" för AMB-33

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-33 utfallet "underlag saknas"
