# language: sv
@AMB-23
Egenskap: AMB-23 Ambitionsgrafen V2.3: kategorier analyserade för hållbarhet
  ”Vi analyserar våra inköpskategorier utifrån potentialen att främja miljömässig, social och
  ekonomisk hållbarhet.”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på v2_3
    När organisationen bedöms
    Så ger regeln AMB-23 utfallet "info"
    Och meddelandet för AMB-23 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-23 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på v2_3 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-23 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-23 från R2" för AMB-23

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-23 utfallet "underlag saknas"
