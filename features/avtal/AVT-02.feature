# language: sv
@AVT-02
Egenskap: AVT-02 Tilldelningskriteriernas viktning anges inte
  När kontraktet tilldelas på bästa förhållandet mellan pris och kvalitet ska
  dokumenten ange hur kriterierna viktas mot varandra, eller deras
  prioritetsordning.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Pris och kvalitet utan angiven viktning
    Givet att utvärderingsmodell.viktning är "anges inte"
    När underlaget granskas
    Så ger regeln AVT-02 utfallet "fel"
    Och meddelandet för AVT-02 innehåller "anger inte hur kriterierna viktas"
    Och fyndet för AVT-02 gäller fältet "utvärderingsmodell.viktning"

  @godtagbart
  Scenario: Kvaliteten viktas som mervärden i kronor
    Givet att utvärderingsmodell.viktning är "mervärde i kronor"
    När underlaget granskas
    Så ger regeln AVT-02 inget fynd

  @godtagbart
  Scenario: Lägsta pris behöver ingen viktning
    Givet att utvärderingsmodell.tilldelningsgrund är "pris"
    Och att utvärderingsmodell.viktning är "anges inte"
    När underlaget granskas
    Så ger regeln AVT-02 inget fynd

  @okänd
  Scenario: Det är inte känt hur kriterierna viktas
    Givet att utvärderingsmodell.viktning inte är känd
    När underlaget granskas
    Så ger regeln AVT-02 utfallet "underlag saknas"
    Och saknas uppgiften utvärderingsmodell.viktning för AVT-02

  @okänd
  Scenario: Tilldelningsgrunden är inte känd, men viktningen anges
    Givet att utvärderingsmodell.tilldelningsgrund inte är känd
    När underlaget granskas
    Så ger regeln AVT-02 inget fynd
