# language: sv
@AVT-01
Egenskap: AVT-01 Tilldelningsgrunden anges inte
  Upphandlingsdokumenten ska ange grunden för att tilldela kontraktet: bästa
  förhållandet mellan pris och kvalitet, kostnad eller pris.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: En person har bekräftat att dokumenten inte anger någon tilldelningsgrund
    Givet att utvärderingsmodell.tilldelningsgrund är "anges inte"
    När underlaget granskas
    Så ger regeln AVT-01 utfallet "fel"
    Och meddelandet för AVT-01 innehåller "anger inte grunden för tilldelning"
    Och fyndet för AVT-01 gäller fältet "utvärderingsmodell.tilldelningsgrund"

  @godtagbart
  Scenario: Kontraktet tilldelas på bästa förhållandet mellan pris och kvalitet
    När underlaget granskas
    Så ger regeln AVT-01 inget fynd

  @godtagbart
  Scenario: Kontraktet tilldelas på pris
    Givet att utvärderingsmodell.tilldelningsgrund är "pris"
    När underlaget granskas
    Så ger regeln AVT-01 inget fynd

  @okänd
  Scenario: Tilldelningsgrunden är inte känd
    Givet att utvärderingsmodell.tilldelningsgrund inte är känd
    När underlaget granskas
    Så ger regeln AVT-01 utfallet "underlag saknas"
    Och saknas uppgiften utvärderingsmodell.tilldelningsgrund för AVT-01

  Scenario: Underlaget säger inget om utvärderingen
    Givet att utvärderingsmodell saknas
    När underlaget granskas
    Så ger regeln AVT-01 utfallet "underlag saknas"
    Och saknas uppgiften utvärderingsmodell.tilldelningsgrund för AVT-01
