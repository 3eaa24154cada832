# language: sv
@SOC-08
Egenskap: SOC-08 Överväg sysselsättningskrav
  Upphandlingsmyndigheten anger att sysselsättningskrav kan vara lämpliga när
  kontraktet löper över mer än ett år, är personalintensivt och utförs av mer
  än en person. Regeln påminner om möjligheten när inget sysselsättningskrav
  ställs.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och underlaget har avtalstid med:
      | grundperiod_månader | 24 |
      | förlängning_månader | 12 |
    Och underlaget har utförande med:
      | personalintensivt | ja |
      | antal_personer    | 12 |

  @brist
  Scenario: Personalintensivt kontrakt på tre år med tolv personer och inget sysselsättningskrav
    När underlaget granskas
    Så ger regeln SOC-08 utfallet "info"
    Och meddelandet för SOC-08 innehåller "36 månader"
    Och meddelandet för SOC-08 innehåller "12 personer"
    Och fyndet för SOC-08 gäller fältet "särskilda_kontraktsvillkor.sysselsättningskrav.beskrivning"

  @godtagbart
  Scenario: Ett sysselsättningskrav ställs
    Givet underlaget har särskilda_kontraktsvillkor.sysselsättningskrav med:
      | beskrivning    | "Leverantören ska erbjuda två personer som varit arbetslösa i mer än ett år anställning i minst sex månader." |
      | åtagande       | "anställning eller praktik"                                                                                   |
      | antal_personer | 2                                                                                                             |
    När underlaget granskas
    Så ger regeln SOC-08 inget fynd

  @godtagbart
  Scenario: Kontraktet löper exakt ett år
    Givet att avtalstid.grundperiod_månader är 12
    Och att avtalstid.förlängning_månader är 0
    När underlaget granskas
    Så ger regeln SOC-08 inget fynd

  @brist
  Scenario: Kontraktet kan löpa ett år och en månad med förlängning
    Givet att avtalstid.grundperiod_månader är 12
    Och att avtalstid.förlängning_månader är 1
    När underlaget granskas
    Så ger regeln SOC-08 utfallet "info"
    Och meddelandet för SOC-08 innehåller "13 månader"

  @godtagbart
  Scenario: Kontraktet utförs av en person
    Givet att utförande.antal_personer är 1
    När underlaget granskas
    Så ger regeln SOC-08 inget fynd

  @brist
  Scenario: Kontraktet utförs av två personer
    Givet att utförande.antal_personer är 2
    När underlaget granskas
    Så ger regeln SOC-08 utfallet "info"

  @godtagbart
  Scenario: Kontraktet är inte personalintensivt
    Givet att utförande.personalintensivt är nej
    När underlaget granskas
    Så ger regeln SOC-08 inget fynd

  @okänd
  Scenario: Grundperiodens längd framgår inte och avtalet har ingen förlängning
    Givet att avtalstid.förlängning_månader är 0
    Och att avtalstid.grundperiod_månader inte är känd
    När underlaget granskas
    Så ger regeln SOC-08 utfallet "underlag saknas"
    Och fyndet för SOC-08 gäller fältet "avtalstid.grundperiod_månader"
    Och saknas uppgiften avtalstid.grundperiod_månader för SOC-08

  @okänd
  Scenario: Det framgår inte om kontraktet är personalintensivt
    Givet att utförande.personalintensivt inte är känt
    När underlaget granskas
    Så ger regeln SOC-08 utfallet "underlag saknas"
    Och fyndet för SOC-08 gäller fältet "utförande.personalintensivt"
    Och saknas uppgiften utförande.personalintensivt för SOC-08

  @okänd
  Scenario: Kontraktet är inte personalintensivt, så antalet personer spelar ingen roll
    Givet att utförande.personalintensivt är nej
    Och att utförande.antal_personer inte är känt
    När underlaget granskas
    Så ger regeln SOC-08 inget fynd
