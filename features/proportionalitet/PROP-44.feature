# language: sv
@PROP-44
Egenskap: PROP-44 Förenklat förfarande och urvalsförfarande avskaffades 2022-02-01
  Förenklat förfarande och urvalsförfarande avskaffades den 1 februari 2022
  (regelreferensen X-06). Ett underlag som anger något av dem och annonseras
  senare avvisas när det läses, med besked om vad som ersatt förfarandet; är
  annonseringsdatum okänt läses underlaget, och regeln säger att den inte kan
  avgöras.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att regim är "19 kap."
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr

  @brist
  Scenario: Ett förenklat förfarande som annonseras 2024 avvisas med besked om vad som ersatt det
    Givet att förfarande är "förenklat"
    Och att annonseringsdatum är 2024-03-01
    Och att sista_anbudsdag är 2024-04-01
    När underlaget läses
    Så avvisas underlaget med ett fel i fältet "förfarande" som innehåller "ersatts av öppet förfarande"

  @brist
  Scenario: Ett urvalsförfarande som annonseras på dagen för lagändringen avvisas
    Givet att förfarande är "urvalsförfarande"
    Och att annonseringsdatum är 2022-02-01
    Och att sista_anbudsdag är 2022-03-01
    När underlaget läses
    Så avvisas underlaget med ett fel i fältet "förfarande" som innehåller "ersatts av selektivt förfarande"

  @godtagbart
  Scenario: Ett förenklat förfarande som annonserades 2021
    Givet att förfarande är "förenklat"
    Och att annonseringsdatum är 2021-09-01
    Och att sista_anbudsdag är 2021-10-01
    När underlaget granskas
    Så ger regeln PROP-44 inget fynd

  @godtagbart
  Scenario: Ett öppet förfarande under tröskelvärdet 2026
    Givet att förfarande är "öppet"
    När underlaget granskas
    Så ger regeln PROP-44 inget fynd

  @okänd
  Scenario: Ett förenklat förfarande utan känt annonseringsdatum läses, och regeln säger vad som saknas
    Givet att förfarande är "förenklat"
    Och att annonseringsdatum inte är känt
    Och att sista_anbudsdag saknas
    När underlaget granskas
    Så ger regeln PROP-44 utfallet "underlag saknas"
    Och fyndet för PROP-44 gäller fältet "annonseringsdatum"
    Och saknas uppgiften annonseringsdatum för PROP-44
