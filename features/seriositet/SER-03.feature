# language: sv
@SER-03
Egenskap: SER-03 Självrättelse finns inte under tröskelvärdet
  Ovan tröskelvärdet kan en leverantör undgå uteslutning genom självrättelse
  (13 kap. 5 § LOU). Under tröskelvärdet har leverantören ingen sådan rätt
  (19 kap. 17 § LOU); regeln påminner om det när underlaget lovar självrättelse.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr

  @brist
  Scenario: Underlaget lovar självrättelse i en upphandling enligt 19 kap.
    Givet att uteslutningsgrunder.självrättelse_medges är ja
    När underlaget granskas
    Så ger regeln SER-03 utfallet "info"
    Och meddelandet för SER-03 innehåller "19 kap. 17 § LOU"
    Och fyndet för SER-03 gäller fältet "uteslutningsgrunder.självrättelse_medges"

  @godtagbart
  Scenario: Underlaget säger ingenting om självrättelse
    När underlaget granskas
    Så ger regeln SER-03 inget fynd

  @godtagbart
  Scenario: Underlaget säger uttryckligen att självrättelse inte medges
    Givet att uteslutningsgrunder.självrättelse_medges är nej
    När underlaget granskas
    Så ger regeln SER-03 inget fynd

  @godtagbart
  Scenario: Ovan tröskelvärdet finns självrättelse
    Givet att regim är "direktivstyrd"
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 10 000 000 kr
    Och att uteslutningsgrunder.självrättelse_medges är ja
    När underlaget granskas
    Så ger regeln SER-03 inget fynd

  @okänd
  Scenario: Det går inte att läsa ut vad underlaget säger om självrättelse
    Givet att uteslutningsgrunder.självrättelse_medges inte är känt
    När underlaget granskas
    Så ger regeln SER-03 utfallet "underlag saknas"
    Och fyndet för SER-03 gäller fältet "uteslutningsgrunder.självrättelse_medges"
    Och saknas uppgiften uteslutningsgrunder.självrättelse_medges för SER-03

  @okänd
  Scenario: Regimen framgår inte och underlaget lovar självrättelse
    Givet att regim inte är känd
    Och att uteslutningsgrunder.självrättelse_medges är ja
    När underlaget granskas
    Så ger regeln SER-03 utfallet "underlag saknas"
    Och fyndet för SER-03 gäller fältet "regim"

  @okänd
  Scenario: Regimen framgår inte, men underlaget säger att självrättelse inte medges
    Givet att regim inte är känd
    Och att uteslutningsgrunder.självrättelse_medges är nej
    När underlaget granskas
    Så ger regeln SER-03 inget fynd
