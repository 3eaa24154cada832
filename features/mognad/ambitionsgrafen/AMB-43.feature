# language: sv
@AMB-43
Egenskap: AMB-43 Ambitionsgrafen H3: ansvaret för avtalsuppföljning
  ”Ansvaret för uppföljning av avtal är tydligt fördelat mellan inköpsfunktionen och
  verksamheterna (implementera och förvalta).”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på h_3
    När organisationen bedöms
    Så ger regeln AMB-43 utfallet "info"
    Och meddelandet för AMB-43 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-43 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på h_3 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-43 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-43 från R2" för AMB-43

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-43 utfallet "underlag saknas"
