# language: sv
@AMB-13
Egenskap: AMB-13 Ambitionsgrafen V1.3: organisationsövergripande plan
  ”Vi har en organisationsövergripande plan, t.ex. inköpsstrategi eller handlingsplan för hur vi
  uppnår våra mål för inköpsverksamheten.”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på v1_3
    När organisationen bedöms
    Så ger regeln AMB-13 utfallet "info"
    Och meddelandet för AMB-13 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-13 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på v1_3 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-13 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-13 från R2" för AMB-13

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-13 utfallet "underlag saknas"
