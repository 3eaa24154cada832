# language: sv
@AMB-44
Egenskap: AMB-44 Ambitionsgrafen H4: kategoriteam
  ”Vi koordinerar planering och uppföljning av inköpskategorier mellan inköpsfunktionen och
  förvaltningar i så kallade kategoriteam eller motsvarande.”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på h_4
    När organisationen bedöms
    Så ger regeln AMB-44 utfallet "info"
    Och meddelandet för AMB-44 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-44 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på h_4 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-44 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-44 från R2" för AMB-44

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-44 utfallet "underlag saknas"
