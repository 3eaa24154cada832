# language: sv
@SOC-10
Egenskap: SOC-10 Sysselsättningskravet omfattar lika många personer som utför kontraktet
  Sysselsättningskrav bör inte göra det oproportionerligt svårt för små
  företag att delta. Regeln varnar när leverantören ska erbjuda anställning
  eller praktik åt minst lika många personer som utför hela kontraktet.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och underlaget har utförande med:
      | personalintensivt | ja |
      | antal_personer    | 4  |

  @brist
  Scenario: Fyra personer ska anställas i ett kontrakt som utförs av fyra personer
    Givet underlaget har särskilda_kontraktsvillkor.sysselsättningskrav med:
      | beskrivning    | "Leverantören ska anställa fyra nyanlända under avtalstiden." |
      | åtagande       | "anställning eller praktik"                                   |
      | antal_personer | 4                                                             |
    När underlaget granskas
    Så ger regeln SOC-10 utfallet "varning"
    Och meddelandet för SOC-10 innehåller "gäller 4 personer"
    Och fyndet för SOC-10 gäller fältet "särskilda_kontraktsvillkor.sysselsättningskrav.antal_personer"
    Och fyndet för SOC-10 gäller fältet "utförande.antal_personer"

  @brist
  Scenario: Sex praktikplatser i ett kontrakt som utförs av fyra personer, utan angiven variant
    Givet underlaget har särskilda_kontraktsvillkor.sysselsättningskrav med:
      | beskrivning    | "Leverantören ska ta emot sex praktikanter per år." |
      | antal_personer | 6                                                   |
    När underlaget granskas
    Så ger regeln SOC-10 utfallet "varning"

  @godtagbart
  Scenario: Tre personer ska anställas i ett kontrakt som utförs av fyra personer
    Givet underlaget har särskilda_kontraktsvillkor.sysselsättningskrav med:
      | beskrivning    | "Leverantören ska anställa tre nyanlända under avtalstiden." |
      | åtagande       | "anställning eller praktik"                                  |
      | antal_personer | 3                                                            |
    När underlaget granskas
    Så ger regeln SOC-10 inget fynd

  @godtagbart
  Scenario: Dialogvarianten prövas inte
    Givet underlaget har särskilda_kontraktsvillkor.sysselsättningskrav med:
      | beskrivning    | "Leverantören ska delta i dialog med kommunens arbetsmarknadsenhet om sysselsättningsfrämjande åtgärder." |
      | åtagande       | "dialog"                                                                                                  |
      | antal_personer | 4                                                                                                         |
    När underlaget granskas
    Så ger regeln SOC-10 inget fynd

  @okänd
  Scenario: Underlaget säger inte hur många personer som utför kontraktet
    Givet att utförande.antal_personer inte är känt
    Och underlaget har särskilda_kontraktsvillkor.sysselsättningskrav med:
      | beskrivning    | "Leverantören ska anställa fyra nyanlända under avtalstiden." |
      | åtagande       | "anställning eller praktik"                                   |
      | antal_personer | 4                                                             |
    När underlaget granskas
    Så ger regeln SOC-10 utfallet "underlag saknas"
    Och fyndet för SOC-10 gäller fältet "utförande.antal_personer"
    Och saknas uppgiften utförande.antal_personer för SOC-10

  @okänd
  Scenario: Det framgår inte om kravet är ett åtagande om anställning eller en dialog
    Givet underlaget har särskilda_kontraktsvillkor.sysselsättningskrav med:
      | beskrivning    | "Leverantören ska medverka till sysselsättning för fyra personer." |
      | antal_personer | 4                                                                  |
    Och att särskilda_kontraktsvillkor.sysselsättningskrav.åtagande inte är känt
    När underlaget granskas
    Så ger regeln SOC-10 utfallet "underlag saknas"
    Och fyndet för SOC-10 gäller fältet "särskilda_kontraktsvillkor.sysselsättningskrav.åtagande"

  @okänd
  Scenario: Varianten är okänd, men kravet gäller färre personer än de som utför kontraktet
    Givet underlaget har särskilda_kontraktsvillkor.sysselsättningskrav med:
      | beskrivning    | "Leverantören ska medverka till sysselsättning för tre personer." |
      | antal_personer | 3                                                                 |
    Och att särskilda_kontraktsvillkor.sysselsättningskrav.åtagande inte är känt
    När underlaget granskas
    Så ger regeln SOC-10 inget fynd
