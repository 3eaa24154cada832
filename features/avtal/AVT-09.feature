# language: sv
@AVT-09
Egenskap: AVT-09 Det uppskattade värdet är lägre än årsvärdet gånger hela avtalstiden
  Det uppskattade värdet ska omfatta hela avtalstiden med optioner och
  förlängningar. Ett totalvärde under värdet per år gånger hela avtalstiden,
  med månaderna i varje option som förlänger avtalet, är ett fel i beräkningen.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att avtalstid.grundperiod_månader är 24
    Och att avtalstid.förlängning_månader är 24

  @brist
  Scenario: Totalvärdet räknar bara med grundperioden
    Givet att uppskattat_värde.totalt är 5 000 000 kr
    Och att uppskattat_värde.per_år är 2 500 000 kr
    När underlaget granskas
    Så ger regeln AVT-09 utfallet "fel"
    Och meddelandet för AVT-09 innehåller "Det uppskattade värdet 5 000 000 kr är lägre än värdet per år 2 500 000 kr"
    Och meddelandet för AVT-09 innehåller "48 månader: 10 000 000 kr"
    Och fyndet för AVT-09 gäller fältet "uppskattat_värde.totalt"
    Och fyndet för AVT-09 gäller fältet "uppskattat_värde.per_år"
    Och fyndet för AVT-09 gäller fältet "avtalstid.förlängning_månader"

  @brist
  Scenario: Totalvärdet räknar inte med en option som förlänger avtalet
    Givet att uppskattat_värde.totalt är 10 000 000 kr
    Och att uppskattat_värde.per_år är 2 500 000 kr
    Och underlaget har ett element i avtalstid.optioner:
      | beskrivning | Option på förlängning med ett år |
      | månader     | 12                               |
    När underlaget granskas
    Så ger regeln AVT-09 utfallet "fel"
    Och meddelandet för AVT-09 innehåller "gånger hela avtalstiden med förlängningar och optioner, 60 månader: 12 500 000 kr"
    Och fyndet för AVT-09 gäller fältet "avtalstid.optioner[0].månader"

  @godtagbart
  Scenario: En option på ökad volym förlänger inte avtalet
    Givet att uppskattat_värde.totalt är 10 000 000 kr
    Och att uppskattat_värde.per_år är 2 500 000 kr
    Och underlaget har ett element i avtalstid.optioner:
      | beskrivning | Option på 20 procent större volym |
    När underlaget granskas
    Så ger regeln AVT-09 inget fynd

  @godtagbart
  Scenario: Totalvärdet omfattar förlängningarna
    Givet att uppskattat_värde.totalt är 10 000 000 kr
    Och att uppskattat_värde.per_år är 2 500 000 kr
    När underlaget granskas
    Så ger regeln AVT-09 inget fynd

  @godtagbart
  Scenario: Utan värde per år finns inget att räkna om
    Givet att uppskattat_värde.totalt är 5 000 000 kr
    Och att uppskattat_värde.per_år saknas
    När underlaget granskas
    Så ger regeln AVT-09 inget fynd

  @okänd
  Scenario: Förlängningarna är inte kända
    Givet att uppskattat_värde.totalt är 5 000 000 kr
    Och att uppskattat_värde.per_år är 2 000 000 kr
    Och att avtalstid.förlängning_månader inte är känd
    När underlaget granskas
    Så ger regeln AVT-09 utfallet "underlag saknas"
    Och fyndet för AVT-09 gäller fältet "avtalstid.förlängning_månader"
    Och saknas uppgiften avtalstid.förlängning_månader för AVT-09

  @okänd
  Scenario: Hur länge en option förlänger avtalet är inte känt
    Givet att uppskattat_värde.totalt är 10 000 000 kr
    Och att uppskattat_värde.per_år är 2 500 000 kr
    Och underlaget har ett element i avtalstid.optioner:
      | beskrivning | Option på förlängning |
      | månader     | 12                    |
    Och att avtalstid.optioner[0].månader inte är känd
    När underlaget granskas
    Så ger regeln AVT-09 utfallet "underlag saknas"
    Och fyndet för AVT-09 gäller fältet "avtalstid.optioner[0].månader"
    Och saknas uppgiften avtalstid.optioner[0].månader för AVT-09

  @okänd
  Scenario: Det totala värdet är inte känt
    Givet att uppskattat_värde.per_år är 2 500 000 kr
    Och att uppskattat_värde.totalt inte är känt
    När underlaget granskas
    Så ger regeln AVT-09 utfallet "underlag saknas"
    Och saknas uppgiften uppskattat_värde.totalt för AVT-09

  Scenario: Värdet per år är bara känt ungefär
    Givet att uppskattat_värde.totalt är 10 000 000 kr
    Och underlaget har uppskattat_värde med:
      | totalt       | 10 000 000 kr |
      | per_år.lägst | 2 000 000 kr  |
      | per_år.högst | 3 000 000 kr  |
    När underlaget granskas
    Så ger regeln AVT-09 utfallet "bedömning krävs"
    Och meddelandet för AVT-09 innehåller "”uppskattat_värde.per_år” är bara känt som ett spann: mellan 2 000 000 och 3 000 000 kr"
