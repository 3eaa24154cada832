# language: sv
@AMB-41
Egenskap: AMB-41 Ambitionsgrafen H1: ansvaret för förberedelser
  ”Ansvaret för förberedelser av upphandling är tydligt fördelat mellan inköpsfunktionen och
  verksamheterna (planera, kartlägga, analysera).”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på h_1
    När organisationen bedöms
    Så ger regeln AMB-41 utfallet "info"
    Och meddelandet för AMB-41 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-41 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på h_1 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-41 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-41 från R2" för AMB-41

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-41 utfallet "underlag saknas"
