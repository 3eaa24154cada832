# language: sv
@AVT-03
Egenskap: AVT-03 Vikterna i procent summerar inte till 100
  När kriterierna viktas i procent ska vikterna för pris och kvalitet
  tillsammans bli 100 procent.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Pris 60 % och kvalitet 30 %
    Givet att utvärderingsmodell.pris_vikt är 60
    Och att utvärderingsmodell.kvalitet_vikt är 30
    När underlaget granskas
    Så ger regeln AVT-03 utfallet "varning"
    Och meddelandet för AVT-03 innehåller "blir tillsammans 90 %, inte 100 %"
    Och fyndet för AVT-03 gäller fältet "utvärderingsmodell.pris_vikt"

  @godtagbart
  Scenario: Pris 40 % och kvalitet 60 %
    När underlaget granskas
    Så ger regeln AVT-03 inget fynd

  @godtagbart
  Scenario: Mervärden i kronor har inga procentvikter att summera
    Givet att utvärderingsmodell.viktning är "mervärde i kronor"
    Och att utvärderingsmodell.pris_vikt är 60
    Och att utvärderingsmodell.kvalitet_vikt är 30
    När underlaget granskas
    Så ger regeln AVT-03 inget fynd

  @okänd
  Scenario: Prisets vikt är inte känd
    Givet att utvärderingsmodell.pris_vikt inte är känd
    När underlaget granskas
    Så ger regeln AVT-03 utfallet "underlag saknas"
    Och saknas uppgiften utvärderingsmodell.pris_vikt för AVT-03

  @okänd
  Scenario: Vikterna summerar till 100, så det spelar ingen roll hur viktningen anges
    Givet att utvärderingsmodell.viktning inte är känd
    När underlaget granskas
    Så ger regeln AVT-03 inget fynd

  @okänd
  Scenario: Vikterna summerar inte till 100, och det är inte känt om de är procent
    Givet att utvärderingsmodell.viktning inte är känd
    Och att utvärderingsmodell.pris_vikt är 60
    Och att utvärderingsmodell.kvalitet_vikt är 30
    När underlaget granskas
    Så ger regeln AVT-03 utfallet "underlag saknas"
    Och saknas uppgiften utvärderingsmodell.viktning för AVT-03
