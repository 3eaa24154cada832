# language: sv
@AMB-42
Egenskap: AMB-42 Ambitionsgrafen H2: ansvaret för genomförandet
  ”Ansvaret för genomförandet av upphandlingar är tydligt fördelat mellan inköpsfunktionen och
  verksamheterna.”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på h_2
    När organisationen bedöms
    Så ger regeln AMB-42 utfallet "info"
    Och meddelandet för AMB-42 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-42 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på h_2 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-42 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-42 från R2" för AMB-42

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-42 utfallet "underlag saknas"
