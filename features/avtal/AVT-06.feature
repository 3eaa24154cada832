# language: sv
@AVT-06
Egenskap: AVT-06 Ramavtal längre än fyra år
  Ett ramavtal får löpa i högst fyra år, förlängningar och optioner
  inräknade, om det inte finns särskilda skäl. En option räknas med sina
  månader; en option utan månader, t.ex. på ökad volym, förlänger inget.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att ramavtal är ja

  @brist
  Scenario: Ett ramavtal på sex år utan särskilda skäl
    Givet att avtalstid.grundperiod_månader är 48
    Och att avtalstid.förlängning_månader är 24
    När underlaget granskas
    Så ger regeln AVT-06 utfallet "fel"
    Och meddelandet för AVT-06 innehåller "Grundperiod 48 månader, förlängningar 24 månader, hela avtalstiden med optioner 72 månader: ramavtalet kan löpa mer än fyra år"
    Och fyndet för AVT-06 gäller fältet "avtalstid.grundperiod_månader"
    Och fyndet för AVT-06 gäller fältet "avtalstid.förlängning_månader"

  @brist
  Scenario: En option som förlänger ramavtalet räknas in i avtalstiden
    Givet att avtalstid.grundperiod_månader är 36
    Och att avtalstid.förlängning_månader är 0
    Och underlaget har ett element i avtalstid.optioner:
      | beskrivning | Option på förlängning med två år |
      | månader     | 24                               |
    När underlaget granskas
    Så ger regeln AVT-06 utfallet "fel"
    Och meddelandet för AVT-06 innehåller "Grundperiod 36 månader, förlängningar 0 månader, hela avtalstiden med optioner 60 månader"
    Och fyndet för AVT-06 gäller fältet "avtalstid.optioner[0].månader"

  @godtagbart
  Scenario: En option på ökad volym förlänger inte ramavtalet
    Givet att avtalstid.grundperiod_månader är 24
    Och att avtalstid.förlängning_månader är 24
    Och underlaget har ett element i avtalstid.optioner:
      | beskrivning | Option på 20 procent större volym |
    När underlaget granskas
    Så ger regeln AVT-06 inget fynd

  @godtagbart
  Scenario: Två år med två års förlängning
    Givet att avtalstid.grundperiod_månader är 24
    Och att avtalstid.förlängning_månader är 24
    När underlaget granskas
    Så ger regeln AVT-06 inget fynd

  @godtagbart
  Scenario: Ett kontrakt som inte är ett ramavtal får löpa längre
    Givet att ramavtal är nej
    Och att avtalstid.grundperiod_månader är 72
    När underlaget granskas
    Så ger regeln AVT-06 inget fynd

  @godtagbart
  Scenario: Ett avrop ur ett ramavtal är ingen ny ramavtalsupphandling
    Givet att avropsform är "förnyad konkurrensutsättning"
    Och att avtalstid.grundperiod_månader är 60
    När underlaget granskas
    Så ger regeln AVT-06 inget fynd

  @motiverad_avvikelse
  Scenario: Ett ramavtal på sex år med särskilda skäl
    Givet att avtalstid.grundperiod_månader är 72
    Och att avtalstid.förlängning_månader är 0
    Och underlaget har en motivering för AVT-06: "Leverantörens investering i specialfordon skrivs av på sex år."
    När underlaget granskas
    Så ger regeln AVT-06 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Förlängningarna är inte kända, men grundperioden är redan för lång
    Givet att avtalstid.grundperiod_månader är 60
    Och att avtalstid.förlängning_månader inte är känd
    När underlaget granskas
    Så ger regeln AVT-06 utfallet "fel"
    Och meddelandet för AVT-06 innehåller "Grundperiod 60 månader, förlängningar okänt"

  @okänd
  Scenario: Förlängningarna är inte kända och grundperioden är två år
    Givet att avtalstid.grundperiod_månader är 24
    Och att avtalstid.förlängning_månader inte är känd
    När underlaget granskas
    Så ger regeln AVT-06 utfallet "underlag saknas"
    Och saknas uppgiften avtalstid.förlängning_månader för AVT-06

  @okänd
  Scenario: Hur länge en option förlänger ramavtalet är inte känt
    Givet att avtalstid.grundperiod_månader är 36
    Och att avtalstid.förlängning_månader är 0
    Och underlaget har ett element i avtalstid.optioner:
      | beskrivning | Option på förlängning |
      | månader     | 12                    |
    Och att avtalstid.optioner[0].månader inte är känd
    När underlaget granskas
    Så ger regeln AVT-06 utfallet "underlag saknas"
    Och saknas uppgiften avtalstid.optioner[0].månader för AVT-06

  @okänd
  Scenario: Det framgår inte om upphandlingen leder till ett ramavtal
    Givet att ramavtal inte är känt
    Och att avtalstid.grundperiod_månader är 72
    När underlaget granskas
    Så ger regeln AVT-06 utfallet "underlag saknas"
    Och saknas uppgiften ramavtal för AVT-06
