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
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    Och att sista_anbudsdag är 2026-03-23
    När underlaget granskas
    Så ger regeln PROP-09 inget fynd

  @okänd
  Scenario: Sista anbudsdagen är inte känd
    Givet att sista_anbudsdag inte är känd
    När underlaget granskas
    Så ger regeln PROP-09 utfallet "underlag saknas"
    Och fyndet för PROP-09 gäller fältet "sista_anbudsdag"
    Och saknas uppgiften sista_anbudsdag för PROP-09

  @okänd
  Scenario: Fjorton dagars anbudstid är för kort, vare sig det finns en förhandsannons eller inte
    Givet att sista_anbudsdag är 2026-03-16
    Och att förhandsannons inte är känd
    När underlaget granskas
    Så ger regeln PROP-09 utfallet "fel"
    Och meddelandet för PROP-09 innehåller "Anbudstiden är 14 dagar"

  @okänd
  Scenario: Tjugo dagars anbudstid räcker bara om en förhandsannons har publicerats
    Givet att sista_anbudsdag är 2026-03-22
    Och att förhandsannons inte är känd
    När underlaget granskas
    Så ger regeln PROP-09 utfallet "underlag saknas"
    Och fyndet för PROP-09 gäller fältet "förhandsannons"
    Och saknas uppgiften förhandsannons för PROP-09

  @okänd
  Scenario: Trettiotvå dagars anbudstid räcker bara om anbud får lämnas elektroniskt
    Givet att sista_anbudsdag är 2026-04-03
    Och att elektronisk_anbudsgivning inte är känd
    När underlaget granskas
    Så ger regeln PROP-09 utfallet "underlag saknas"
    Och fyndet för PROP-09 gäller fältet "elektronisk_anbudsgivning"
    Och saknas uppgiften elektronisk_anbudsgivning för PROP-09

  @okänd
  Scenario: Fyrtio dagars anbudstid räcker, hur anbuden än lämnas
    Givet att sista_anbudsdag är 2026-04-11
    Och att elektronisk_anbudsgivning inte är känd
    När underlaget granskas
    Så ger regeln PROP-09 inget fynd

  @okänd
  Scenario: Annonsen är inte skickad än, så anbudstiden kan inte räknas
    Givet att annonseringsdatum inte är känt
    Och att sista_anbudsdag är 2026-03-22
    När underlaget granskas
    Så ger regeln PROP-09 utfallet "underlag saknas"
    Och fyndet för PROP-09 gäller fältet "annonseringsdatum"
    Och saknas uppgiften annonseringsdatum för PROP-09

  @okänd
  Scenario: Förfarandet framgår inte och anbudstiden är tjugo dagar
    Givet att förfarande inte är känt
    Och att sista_anbudsdag är 2026-03-22
    När underlaget granskas
    Så ger regeln PROP-09 utfallet "underlag saknas"
    Och fyndet för PROP-09 gäller fältet "förfarande"
    Och saknas uppgiften förfarande för PROP-09

  @godtagbart
  Scenario: 20 dagars anbudstid i öppet förfarande enligt LUF ger inget fel enligt LOU:s regel
    Givet att lagrum är "LUF"
    Och att elektronisk_anbudsgivning är ja
    Och att sista_anbudsdag är 2026-03-22
    När underlaget granskas
    Så ger regeln PROP-09 inget fynd

  @godtagbart
  Scenario: 20 dagars anbudstid i öppet förfarande enligt LUK ger inget fel enligt LOU:s regel
    Givet att lagrum är "LUK"
    Och att elektronisk_anbudsgivning är ja
    Och att sista_anbudsdag är 2026-03-22
    När underlaget granskas
    Så ger regeln PROP-09 inget fynd

  @okänd
  Scenario: Lagrummet är okänt, så det framgår inte om LOU:s regel gäller för 20 dagars anbudstid i öppet förfarande
    Givet att lagrum inte är känt
    Och att elektronisk_anbudsgivning är ja
    Och att sista_anbudsdag är 2026-03-22
    När underlaget granskas
    Så ger regeln PROP-09 utfallet "underlag saknas"
    Och fyndet för PROP-09 gäller fältet "lagrum"
