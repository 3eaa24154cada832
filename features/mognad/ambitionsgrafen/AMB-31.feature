# language: sv
@AMB-31
Egenskap: AMB-31 Ambitionsgrafen V3.1: juridisk rådgivning och regelefterlevnad
  ”Inköpsfunktionen ansvarar för juridisk rådgivning och regelefterlevnad (vikt 1).”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på v3_1
    När organisationen bedöms
    Så ger regeln AMB-31 utfallet "info"
    Och meddelandet för AMB-31 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-31 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på v3_1 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-31 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-31 från R2" för AMB-31

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-31 utfallet "underlag saknas"
