# language: sv
@AMB-34
Egenskap: AMB-34 Ambitionsgrafen V3.4: uppföljning av måluppfyllelse
  ”Inköpsfunktionen ansvarar för uppföljning av måluppfyllelse för delar av inköpsportföljen
  (vikt 0,5) eller hela inköpsportföljen (vikt 1).”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad och hela inköpsportföljen.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på v3_4
    När organisationen bedöms
    Så ger regeln AMB-34 utfallet "info"
    Och meddelandet för AMB-34 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @brist
  Scenario: Uppföljningen gäller bara delar av portföljen, vilket halverar poängen
    Givet att respondenten R1 svarar "delar av inköpsportföljen" på v3_4_omfattning
    När organisationen bedöms
    Så ger regeln AMB-34 utfallet "info"
    Och meddelandet för AMB-34 innehåller "Medelpoängen är 3 av 4"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-34 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på v3_4 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-34 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-34 från R2" för AMB-34

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-34 utfallet "underlag saknas"
