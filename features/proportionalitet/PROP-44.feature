# language: sv
@PROP-44
Egenskap: PROP-44 Förenklat förfarande och urvalsförfarande avskaffades 2022-02-01
  Förenklat förfarande och urvalsförfarande avskaffades den 1 februari 2022
  (regelreferensen X-06). Ett underlag som anger något av dem och annonseras
  senare får fel, med besked om vad som ersatt förfarandet. Underlaget läses
  ändå och prövas mot alla andra regler: en upphandlare med en gammal mall ska
  få ett fynd, inte ett avvisat underlag, och en granskning av många
  upphandlingar ska inte stanna. Är annonseringsdatum okänt kan regeln inte
  avgöras.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att regim är "19 kap."
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    Och att avtalstid.grundperiod_månader är 36
    Och att avtalstid.förlängning_månader är 0

  @brist
  Scenario: Ett förenklat förfarande som annonseras 2024 får fel med besked om vad som ersatt det
    Givet att förfarande är "förenklat"
    Och att annonseringsdatum är 2024-03-01
    Och att sista_anbudsdag är 2024-04-01
    När underlaget granskas
    Så ger regeln PROP-44 utfallet "fel"
    Och meddelandet för PROP-44 innehåller "Förfarandet ”förenklat” avskaffades 2022-02-01 (prop. 2021/22:5), men upphandlingen annonseras 2024-03-01"
    Och meddelandet för PROP-44 innehåller "Förenklat förfarande har ersatts av öppet förfarande"
    Och fyndet för PROP-44 gäller fältet "annonseringsdatum"

  @brist
  Scenario: Ett urvalsförfarande som annonseras på dagen för lagändringen får fel
    Givet att förfarande är "urvalsförfarande"
    Och att annonseringsdatum är 2022-02-01
    Och att sista_anbudsdag är 2022-03-01
    När underlaget granskas
    Så ger regeln PROP-44 utfallet "fel"
    Och meddelandet för PROP-44 innehåller "urvalsförfarande av selektivt förfarande"

  @godtagbart
  Scenario: Ett förenklat förfarande som annonserades 2021
    Givet att förfarande är "förenklat"
    Och att annonseringsdatum är 2021-09-01
    Och att sista_anbudsdag är 2021-10-01
    När underlaget granskas
    Så ger regeln PROP-44 inget fynd

  @godtagbart
  Scenario: Ett urvalsförfarande dagen före lagändringen
    Givet att förfarande är "urvalsförfarande"
    Och att annonseringsdatum är 2022-01-31
    Och att sista_anbudsdag är 2022-03-01
    När underlaget granskas
    Så ger regeln PROP-44 inget fynd

  @godtagbart
  Scenario: Ett öppet förfarande under tröskelvärdet 2026
    Givet att förfarande är "öppet"
    När underlaget granskas
    Så ger regeln PROP-44 inget fynd

  @okänd
  Scenario: Ett förenklat förfarande utan känt annonseringsdatum, och regeln säger vad som saknas
    Givet att förfarande är "förenklat"
    Och att annonseringsdatum inte är känt
    Och att sista_anbudsdag saknas
    När underlaget granskas
    Så ger regeln PROP-44 utfallet "underlag saknas"
    Och fyndet för PROP-44 gäller fältet "annonseringsdatum"
    Och saknas uppgiften annonseringsdatum för PROP-44
