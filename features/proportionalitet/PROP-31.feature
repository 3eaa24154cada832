# language: sv
@PROP-31
Egenskap: PROP-31 Omsättningskrav i ramavtal högst två gånger värdet av samtidiga kontrakt
  För ett ramavtal räknas tvågångersgränsen för omsättningskrav på det högsta
  sammanlagda värdet av de kontrakt som väntas löpa samtidigt. Anger underlaget
  inte det värdet gäller ramavtalets uppskattade värde, som PROP-01 prövar.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att ramavtal är ja
    Och att ramavtalet.högsta_värde är 10 000 000 kr
    Och att ramavtalet.avropsordning är "förnyad konkurrensutsättning"

  @brist
  Scenario: Omsättningskravet är mer än två gånger värdet av samtidiga kontrakt
    Givet att ramavtalet.högsta_samtidiga_värde är 2 000 000 kr
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 5 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-31 utfallet "fel"
    Och meddelandet för PROP-31 innehåller "Omsättningskravet 5 000 000 kr är mer än två gånger värdet 2 000 000 kr"
    Och fyndet för PROP-31 gäller fältet "kvalificeringskrav[0].belopp"
    Och fyndet för PROP-31 gäller fältet "ramavtalet.högsta_samtidiga_värde"
    Och ger regeln PROP-01 inget fynd

  @godtagbart
  Scenario: Omsättningskravet är exakt två gånger värdet av samtidiga kontrakt
    Givet att ramavtalet.högsta_samtidiga_värde är 2 000 000 kr
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-31 inget fynd

  @godtagbart
  Scenario: Utan värde för samtidiga kontrakt jämförs kravet med hela värdet, av PROP-01
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 5 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-31 inget fynd

  @godtagbart
  Scenario: Upphandlingen leder inte till ett ramavtal
    Givet att ramavtal är nej
    Och att ramavtalet saknas
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 5 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-31 inget fynd

  @motiverad_avvikelse
  Scenario: Särskilda skäl för ett högre krav är angivna
    Givet att ramavtalet.högsta_samtidiga_värde är 2 000 000 kr
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 5 000 000 kr |
    Och underlaget har en motivering för PROP-31: "Avropen kräver att leverantören kan bära stora åtaganden samtidigt."
    När underlaget granskas
    Så ger regeln PROP-31 utfallet "motiverad avvikelse"

  Scenario: Ramavtalet är inte beskrivet i underlaget
    Givet att ramavtalet saknas
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 5 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-31 utfallet "underlag saknas"
    Och saknas uppgiften ramavtalet.högsta_samtidiga_värde för PROP-31

  @okänd
  Scenario: Det framgår inte om upphandlingen leder till ett ramavtal
    Givet att ramavtal inte är känt
    Och att ramavtalet.högsta_samtidiga_värde är 2 000 000 kr
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 5 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-31 utfallet "underlag saknas"
    Och saknas uppgiften ramavtal för PROP-31
