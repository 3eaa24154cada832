# language: sv
@PROP-05
Egenskap: PROP-05 Referensuppdrag för byggentreprenader högst fem år bakåt
  Vid upphandling av byggentreprenader över tröskelvärdet får myndigheten
  bara efterfråga utförda entreprenader från de fem senaste åren. En längre
  period får begäras om det behövs för effektiv konkurrens, och skälen ska då anges.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att upphandlingsslag är "byggentreprenad"
    Och att uppskattat_värde.totalt är 80 000 000 kr
    Och att uppskattat_värde.per_år saknas

  @brist
  Scenario: Referensentreprenaderna får vara sju år gamla
    Givet underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag"                                              |
      | beskrivning   | "Två utförda nybyggnader av skolor under de senaste sju åren." |
      | antal         | 2                                                              |
      | tidsperiod_år | 7 år                                                           |
    När underlaget granskas
    Så ger regeln PROP-05 utfallet "fel"
    Och meddelandet för PROP-05 innehåller "7 år bakåt"
    Och meddelandet för PROP-05 innehåller "högst 5 år"
    Och fyndet för PROP-05 gäller fältet "kvalificeringskrav[0].tidsperiod_år"

  @godtagbart
  Scenario: Referensentreprenaderna får vara exakt fem år gamla
    Givet underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 5 år              |
    När underlaget granskas
    Så ger regeln PROP-05 inget fynd

  @godtagbart
  Scenario: En byggentreprenad under tröskelvärdet omfattas inte av femårsgränsen
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 20 000 000 kr
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 7 år              |
    När underlaget granskas
    Så ger regeln PROP-05 inget fynd

  @motiverad_avvikelse
  Scenario: Få jämförbara entreprenader har utförts och skälen för en längre period är angivna
    Givet underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 1                 |
      | tidsperiod_år | 8 år              |
    Och underlaget har en motivering för PROP-05: "Bergtunnlar av denna längd byggs sällan i Sverige; med fem års referensperiod skulle färre än tre entreprenörer kunna kvalificera sig."
    När underlaget granskas
    Så ger regeln PROP-05 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Kravet på referensentreprenader anger inte hur gamla de får vara
    Givet underlaget har ett kvalificeringskrav:
      | typ   | "referensuppdrag" |
      | antal | 2                 |
    Och att kvalificeringskrav[0].tidsperiod_år inte är känd
    När underlaget granskas
    Så ger regeln PROP-05 utfallet "underlag saknas"
    Och fyndet för PROP-05 gäller fältet "kvalificeringskrav[0].tidsperiod_år"
    Och saknas uppgiften kvalificeringskrav[0].tidsperiod_år för PROP-05

  @okänd
  Scenario: Upphandlingsslaget är okänt och referensentreprenaderna får vara sju år gamla
    Givet att upphandlingsslag inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 7 år              |
    När underlaget granskas
    Så ger regeln PROP-05 utfallet "underlag saknas"
    Och fyndet för PROP-05 gäller fältet "upphandlingsslag"
    Och saknas uppgiften upphandlingsslag för PROP-05

  @okänd
  Scenario: Fyra års referensperiod ryms inom femårsgränsen, vad som än upphandlas
    Givet att upphandlingsslag inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 4 år              |
    När underlaget granskas
    Så ger regeln PROP-05 inget fynd

  @godtagbart
  Scenario: Referenser sju år bakåt enligt LUF ger inget fel enligt LOU:s regel
    Givet att lagrum är "LUF"
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 7 år              |
    När underlaget granskas
    Så ger regeln PROP-05 inget fynd

  @okänd
  Scenario: Lagrummet är okänt, så det framgår inte om LOU:s regel gäller för referenser sju år bakåt
    Givet att lagrum inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 7 år              |
    När underlaget granskas
    Så ger regeln PROP-05 utfallet "underlag saknas"
    Och fyndet för PROP-05 gäller fältet "lagrum"
