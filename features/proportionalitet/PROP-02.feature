# language: sv
@PROP-02
Egenskap: PROP-02 Omsättningskrav över två gånger årsvärdet
  Upphandlingsmyndigheten anser att tvågångersgränsen för omsättningskrav kan
  läsas både mot kontraktets totala värde och mot årsvärdet. Ett krav som ryms
  inom två gånger det totala värdet men överstiger två gånger årsvärdet ger
  därför en varning: sänk kravet eller motivera det.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att uppskattat_värde.totalt är 10 000 000 kr
    Och att uppskattat_värde.per_år är 2 500 000 kr

  @brist
  Scenario: Omsättningskravet är mer än två gånger årsvärdet men inom två gånger det totala värdet
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 8 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-02 utfallet "varning"
    Och meddelandet för PROP-02 innehåller "8 000 000 kr"
    Och meddelandet för PROP-02 innehåller "högst 5 000 000 kr"
    Och fyndet för PROP-02 gäller fältet "kvalificeringskrav[0].belopp"
    Och ger regeln PROP-01 inget fynd

  @godtagbart
  Scenario: Omsättningskravet är exakt två gånger årsvärdet
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 5 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-02 inget fynd

  @godtagbart
  Scenario: Årsvärdet är inte angivet och omsättningskravet ryms inom två gånger det totala värdet
    Givet att uppskattat_värde.per_år saknas
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 8 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-02 inget fynd

  @motiverad_avvikelse
  Scenario: Myndigheten har motiverat varför kravet räknas mot det totala värdet
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 8 000 000 kr |
    Och underlaget har en motivering för PROP-02: "Leverantören ska under uppstarten anställa och bära lönekostnaden för hela personalstyrkan innan första fakturan betalas."
    När underlaget granskas
    Så ger regeln PROP-02 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Årsvärdet går inte att läsa ut ur underlaget
    Givet att uppskattat_värde.per_år inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 8 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-02 utfallet "underlag saknas"
    Och fyndet för PROP-02 gäller fältet "uppskattat_värde.per_år"
    Och saknas uppgiften uppskattat_värde.per_år för PROP-02

  @okänd
  Scenario: Totalvärdet är okänt och kravet är mer än två gånger årsvärdet
    Givet att uppskattat_värde.totalt inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 8 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-02 utfallet "underlag saknas"
    Och fyndet för PROP-02 gäller fältet "uppskattat_värde.totalt"
    Och saknas uppgiften uppskattat_värde.totalt för PROP-02

  @okänd
  Scenario: Totalvärdet är okänt men kravet ryms inom två gånger årsvärdet
    Givet att uppskattat_värde.totalt inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 5 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-02 inget fynd

  @godtagbart
  Scenario: Omsättningskravet över två gånger årsvärdet enligt LUF ger inget fel enligt LOU:s regel
    Givet att lagrum är "LUF"
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 8 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-02 inget fynd

  @okänd
  Scenario: Lagrummet är okänt, så det framgår inte om LOU:s regel gäller för omsättningskravet över två gånger årsvärdet
    Givet att lagrum inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 8 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-02 utfallet "underlag saknas"
    Och fyndet för PROP-02 gäller fältet "lagrum"
