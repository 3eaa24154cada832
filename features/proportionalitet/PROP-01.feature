# language: sv
@PROP-01
Egenskap: PROP-01 Omsättningskrav högst två gånger det uppskattade värdet
  Ett krav på lägsta årsomsättning får inte överstiga två gånger kontraktets
  uppskattade värde, om inte särskilda skäl anges.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att uppskattat_värde.totalt är 10 000 000 kr

  @brist
  Scenario: Omsättningskravet är tre gånger det uppskattade värdet
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 30 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-01 utfallet "fel"
    Och meddelandet för PROP-01 innehåller "30 000 000 kr"
    Och fyndet för PROP-01 gäller fältet "kvalificeringskrav[0].belopp"

  @godtagbart
  Scenario: Omsättningskravet är exakt två gånger det uppskattade värdet
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 20 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-01 inget fynd

  @godtagbart
  Scenario: Under tröskelvärdet gäller inte tvågångersregeln
    Givet att regim är "19 kap."
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 30 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-01 inget fynd

  @motiverad_avvikelse
  Scenario: Särskilda skäl för ett högre krav är angivna
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 30 000 000 kr |
    Och underlaget har en motivering för PROP-01: "Kontraktet kräver stor finansiell uthållighet."
    När underlaget granskas
    Så ger regeln PROP-01 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Det uppskattade värdet framgår inte av underlaget
    Givet att uppskattat_värde.totalt inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 30 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-01 utfallet "underlag saknas"
    Och fyndet för PROP-01 gäller fältet "uppskattat_värde.totalt"
    Och saknas uppgiften uppskattat_värde.totalt för PROP-01

  @okänd
  Scenario: Omsättningskravets belopp går inte att läsa ut ur kravtexten
    Givet underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"                                                          |
      | beskrivning | "Leverantören ska ha en omsättning som står i proportion till uppdraget." |
    Och att kvalificeringskrav[0].belopp inte är känt
    När underlaget granskas
    Så ger regeln PROP-01 utfallet "underlag saknas"
    Och fyndet för PROP-01 gäller fältet "kvalificeringskrav[0].belopp"
    Och saknas uppgiften kvalificeringskrav[0].belopp för PROP-01

  @okänd
  Scenario: Det framgår inte om upphandlingen är direktivstyrd, och kravet är tre gånger värdet
    Givet att regim inte är känd
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 30 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-01 utfallet "underlag saknas"
    Och fyndet för PROP-01 gäller fältet "regim"
    Och saknas uppgiften regim för PROP-01

  @okänd
  Scenario: Kravet ryms inom två gånger värdet, så regimen behöver inte vara känd
    Givet att regim inte är känd
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 15 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-01 inget fynd

  @godtagbart
  Scenario: Omsättningskravet på tre gånger värdet enligt LUF ger inget fel enligt LOU:s regel
    Givet att lagrum är "LUF"
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 30 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-01 inget fynd

  @okänd
  Scenario: Lagrummet är okänt, så det framgår inte om LOU:s regel gäller för omsättningskravet på tre gånger värdet
    Givet att lagrum inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 30 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-01 utfallet "underlag saknas"
    Och fyndet för PROP-01 gäller fältet "lagrum"
