# language: sv
@AMB-32
Egenskap: AMB-32 Ambitionsgrafen V3.2: stöd med styrdokument
  ”Inköpsfunktionen ansvarar för stöd till ledningen med att bereda och utveckla styrdokument
  för inköpsverksamheten (vikt 1).”
  Utgångsläget har två svarande, R1 (inköpschef) och R2 (politisk ledning), som båda svarar
  instämmer i hög grad.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: En svarande ger ett lägre svar
    Givet att respondenten R2 svarar "instämmer delvis" på v3_2
    När organisationen bedöms
    Så ger regeln AMB-32 utfallet "info"
    Och meddelandet för AMB-32 innehåller "Medelpoängen är 3,5 av 4; 1 av 2 svarande"

  @godtagbart
  Scenario: Alla svarande instämmer i hög grad
    När organisationen bedöms
    Så ger regeln AMB-32 inget fynd

  @okänd
  Scenario: En svarande vet inte, och de andra svarar instämmer i hög grad
    Givet att svaret från respondenten R2 på v3_2 inte är känt
    När organisationen bedöms
    Så ger regeln AMB-32 utfallet "underlag saknas"
    Och saknas uppgiften "AMB-32 från R2" för AMB-32

  @okänd
  Scenario: Ingen har besvarat enkäten
    Givet att ambitionsgrafens svar inte är kända
    När organisationen bedöms
    Så ger regeln AMB-32 utfallet "underlag saknas"
