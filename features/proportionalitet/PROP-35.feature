# language: sv
@PROP-35
Egenskap: PROP-35 Anbudstiden i selektivt eller förhandlat förfarande är kortare än lagens minimum
  I selektivt förfarande och förhandlat förfarande med föregående annonsering
  är anbudstiden för en statlig myndighet ovan tröskelvärdet minst 30 dagar
  från det att inbjudan att lämna anbud skickades, 25 dagar om anbud får
  lämnas elektroniskt och 10 dagar efter en förhandsannons eller vid brådska.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att upphandlande_myndighet.typ är "statlig"
    Och att förfarande är "selektivt"
    Och att annonseringsdatum är 2026-03-02
    Och att sista_ansökningsdag är 2026-04-01
    Och att inbjudan_att_lämna_anbud är 2026-04-10
    Och att elektronisk_anbudsgivning är nej

  @brist
  Scenario: Anbudstiden är 25 dagar utan elektroniska anbud
    Givet att sista_anbudsdag är 2026-05-05
    När underlaget granskas
    Så ger regeln PROP-35 utfallet "fel"
    Och meddelandet för PROP-35 innehåller "Anbudstiden är 25 dagar från inbjudan att lämna anbud"
    Och meddelandet för PROP-35 innehåller "Lägsta tillåtna är 30 dagar"
    Och fyndet för PROP-35 gäller fältet "inbjudan_att_lämna_anbud"
    Och fyndet för PROP-35 gäller fältet "sista_anbudsdag"

  @godtagbart
  Scenario: Anbudstiden är exakt 30 dagar
    Givet att sista_anbudsdag är 2026-05-10
    När underlaget granskas
    Så ger regeln PROP-35 inget fynd

  @godtagbart
  Scenario: 25 dagar räcker när anbud får lämnas elektroniskt
    Givet att elektronisk_anbudsgivning är ja
    Och att sista_anbudsdag är 2026-05-05
    När underlaget granskas
    Så ger regeln PROP-35 inget fynd

  @brist
  Scenario: 24 dagar är för kort också med elektroniska anbud, i ett förhandlat förfarande
    Givet att förfarande är "förhandlat med föregående annonsering"
    Och att elektronisk_anbudsgivning är ja
    Och att sista_anbudsdag är 2026-05-04
    När underlaget granskas
    Så ger regeln PROP-35 utfallet "fel"

  @godtagbart
  Scenario: Tio dagar räcker efter en förhandsannons
    Givet att förhandsannons är ja
    Och att sista_anbudsdag är 2026-04-20
    När underlaget granskas
    Så ger regeln PROP-35 inget fynd

  @godtagbart
  Scenario: En myndighet som inte är statlig prövas av PROP-36
    Givet att upphandlande_myndighet.typ är "kommunal"
    Och att sista_anbudsdag är 2026-05-05
    När underlaget granskas
    Så ger regeln PROP-35 inget fynd

  @godtagbart
  Scenario: I ett öppet förfarande finns ingen inbjudan att lämna anbud
    Givet att förfarande är "öppet"
    Och att inbjudan_att_lämna_anbud saknas
    När underlaget granskas
    Så ger regeln PROP-35 inget fynd

  @okänd
  Scenario: Dagen inbjudan att lämna anbud skickades är inte känd
    Givet att inbjudan_att_lämna_anbud inte är känd
    Och att sista_anbudsdag är 2026-05-05
    När underlaget granskas
    Så ger regeln PROP-35 utfallet "underlag saknas"
    Och saknas uppgiften inbjudan_att_lämna_anbud för PROP-35

  Scenario: I ett selektivt förfarande är en utelämnad inbjudningsdag okänd, inte saknad
    Givet att inbjudan_att_lämna_anbud saknas
    Och att sista_anbudsdag är 2026-05-05
    När underlaget granskas
    Så ger regeln PROP-35 utfallet "underlag saknas"

  @okänd
  Scenario: Det framgår inte om förhandsannons har publicerats, och tiden är tolv dagar
    Givet att förhandsannons inte är känd
    Och att sista_anbudsdag är 2026-04-22
    När underlaget granskas
    Så ger regeln PROP-35 utfallet "underlag saknas"
    Och saknas uppgiften förhandsannons för PROP-35

  @okänd
  Scenario: Nio dagar är för kort, vare sig en förhandsannons finns eller inte
    Givet att förhandsannons inte är känd
    Och att sista_anbudsdag är 2026-04-19
    När underlaget granskas
    Så ger regeln PROP-35 utfallet "fel"
