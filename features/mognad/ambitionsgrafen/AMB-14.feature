# language: sv
@AMB-14
Egenskap: AMB-14 Ambitionsgrafen V1.4: organisationsövergripande spendanalys
  ”Vi har genomfört en organisationsövergripande spendanalys. Spendanalys är en analys av
  kostnader som ger en indelning i inköpskategorier såsom entreprenad, IT och kommunikation,
  förbrukningsmaterial.”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på v1_4
    När organisationen bedöms
    Så ger regeln AMB-14 utfallet "info"
    Och meddelandet för AMB-14 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-14 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på v1_4 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-14 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-14 från R2" för AMB-14

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-14 utfallet "underlag saknas"
