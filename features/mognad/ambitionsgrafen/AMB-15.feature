# language: sv
@AMB-15
Egenskap: AMB-15 Ambitionsgrafen V1.5: planering och uppföljning per kategori
  ”Vi planerar och följer upp inköpsverksamheten på kategorinivå och har prioriterat vilka mål
  som är viktigast per inköpskategori.”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på v1_5
    När organisationen bedöms
    Så ger regeln AMB-15 utfallet "info"
    Och meddelandet för AMB-15 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-15 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på v1_5 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-15 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-15 från R2" för AMB-15

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-15 utfallet "underlag saknas"
