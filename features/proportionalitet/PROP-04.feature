# language: sv
@PROP-04
Egenskap: PROP-04 Referensuppdrag för varor och tjänster högst tre år bakåt
  Vid upphandling av varor och tjänster över tröskelvärdet får myndigheten
  bara efterfråga referensuppdrag från de tre senaste åren. En längre period
  får begäras om det behövs för effektiv konkurrens, och skälen ska då anges.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att upphandlingsslag är "tjänster"

  @brist
  Scenario: Referensuppdrag för en tjänsteupphandling får vara fem år gamla
    Givet underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 5 år              |
    När underlaget granskas
    Så ger regeln PROP-04 utfallet "fel"
    Och meddelandet för PROP-04 innehåller "5 år bakåt"
    Och meddelandet för PROP-04 innehåller "för tjänster gäller högst 3 år"
    Och fyndet för PROP-04 gäller fältet "kvalificeringskrav[0].tidsperiod_år"

  @brist
  Scenario: Referensleveranser för en varuupphandling får vara fyra år gamla
    Givet att upphandlingsslag är "varor"
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 4 år              |
    När underlaget granskas
    Så ger regeln PROP-04 utfallet "fel"
    Och meddelandet för PROP-04 innehåller "för varor gäller högst 3 år"

  @godtagbart
  Scenario: Referensuppdragen får vara exakt tre år gamla
    Givet underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 3 år              |
    När underlaget granskas
    Så ger regeln PROP-04 inget fynd

  @godtagbart
  Scenario: Vid byggentreprenad gäller femårsgränsen i stället
    Givet att upphandlingsslag är "byggentreprenad"
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 5 år              |
    När underlaget granskas
    Så ger regeln PROP-04 inget fynd
    Och ger regeln PROP-05 inget fynd

  @godtagbart
  Scenario: Under tröskelvärdet gäller inte treårsgränsen
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 5 år              |
    När underlaget granskas
    Så ger regeln PROP-04 inget fynd

  @motiverad_avvikelse
  Scenario: En längre referensperiod behövs för effektiv konkurrens och skälen är angivna
    Givet underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 5 år              |
    Och underlaget har en motivering för PROP-04: "Tjänsten upphandlas sällan; med tre års referensperiod skulle bara två leverantörer kunna visa referenser, vilket inte ger effektiv konkurrens."
    När underlaget granskas
    Så ger regeln PROP-04 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Kravet på referensuppdrag anger inte hur gamla uppdragen får vara
    Givet underlaget har ett kvalificeringskrav:
      | typ   | "referensuppdrag" |
      | antal | 2                 |
    Och att kvalificeringskrav[0].tidsperiod_år inte är känd
    När underlaget granskas
    Så ger regeln PROP-04 utfallet "underlag saknas"
    Och fyndet för PROP-04 gäller fältet "kvalificeringskrav[0].tidsperiod_år"
    Och saknas uppgiften kvalificeringskrav[0].tidsperiod_år för PROP-04

  @okänd
  Scenario: Det framgår inte om det är en byggentreprenad, och referenserna får vara fem år gamla
    Givet att upphandlingsslag inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 5 år              |
    När underlaget granskas
    Så ger regeln PROP-04 utfallet "underlag saknas"
    Och fyndet för PROP-04 gäller fältet "upphandlingsslag"
    Och saknas uppgiften upphandlingsslag för PROP-04

  @okänd
  Scenario: Referenserna får vara tre år gamla, vad som än upphandlas
    Givet att upphandlingsslag inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 3 år              |
    När underlaget granskas
    Så ger regeln PROP-04 inget fynd

  @godtagbart
  Scenario: Referenser fem år bakåt enligt LUF ger inget fel enligt LOU:s regel
    Givet att lagrum är "LUF"
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 5 år              |
    När underlaget granskas
    Så ger regeln PROP-04 inget fynd

  @okänd
  Scenario: Lagrummet är okänt, så det framgår inte om LOU:s regel gäller för referenser fem år bakåt
    Givet att lagrum inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 5 år              |
    När underlaget granskas
    Så ger regeln PROP-04 utfallet "underlag saknas"
    Och fyndet för PROP-04 gäller fältet "lagrum"
