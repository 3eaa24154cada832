# language: sv
@PROP-09
Egenskap: PROP-09 Anbudstiden i öppet förfarande är kortare än lagens minimum
  Över tröskelvärdet ska anbudstiden i ett öppet förfarande vara minst 35 dagar
  från det att annonsen skickades, 30 dagar om anbud får lämnas elektroniskt och
  15 dagar efter en förhandsannons eller vid vederbörligen motiverad brådska.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att förfarande är "öppet"
    Och att annonseringsdatum är 2026-03-02

  @brist
  Scenario: Anbudstiden är 29 dagar trots elektronisk anbudsgivning
    Givet att elektronisk_anbudsgivning är ja
    Och att sista_anbudsdag är 2026-03-31
    När underlaget granskas
    Så ger regeln PROP-09 utfallet "fel"
    Och meddelandet för PROP-09 innehåller "Anbudstiden är 29 dagar"
    Och fyndet för PROP-09 gäller fältet "sista_anbudsdag"

  @godtagbart
  Scenario: Anbudstiden är exakt 30 dagar och anbud lämnas elektroniskt
    Givet att elektronisk_anbudsgivning är ja
    Och att sista_anbudsdag är 2026-04-01
    När underlaget granskas
    Så ger regeln PROP-09 inget fynd

  @brist
  Scenario: Anbudstiden är 34 dagar och anbud får inte lämnas elektroniskt
    Givet att elektronisk_anbudsgivning är nej
    Och att sista_anbudsdag är 2026-04-05
    När underlaget granskas
    Så ger regeln PROP-09 utfallet "fel"
    Och meddelandet för PROP-09 innehåller "Lägsta tillåtna är 35 dagar"

  @godtagbart
  Scenario: Anbudstiden är exakt 35 dagar och anbud får inte lämnas elektroniskt
    Givet att elektronisk_anbudsgivning är nej
    Och att sista_anbudsdag är 2026-04-06
    När underlaget granskas
    Så ger regeln PROP-09 inget fynd

  @godtagbart
  Scenario: Anbudstiden är 15 dagar efter en förhandsannons
    Givet att förhandsannons är ja
    Och att sista_anbudsdag är 2026-03-17
    När underlaget granskas
    Så ger regeln PROP-09 inget fynd

  @brist
  Scenario: Anbudstiden är 14 dagar trots åberopad brådska
    Givet att brådskande är ja
    Och att sista_anbudsdag är 2026-03-16
    När underlaget granskas
    Så ger regeln PROP-09 utfallet "fel"
    Och meddelandet för PROP-09 innehåller "Anbudstiden är 14 dagar"

  @godtagbart
  Scenario: Under tröskelvärdet gäller inte lagens minimitider
    Givet att regim är "19 kap."
    Och att förfarande är "förenklat"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    Och att sista_anbudsdag är 2026-03-23
    När underlaget granskas
    Så ger regeln PROP-09 inget fynd
