# language: sv
@PROP-30
Egenskap: PROP-30 Omsättningskrav högst två gånger delkontraktets värde
  I ett uppdelat kontrakt gäller tvågångersgränsen för omsättningskrav varje
  delkontrakt för sig: ett krav får inte överstiga två gånger värdet av det
  delkontrakt det gäller. Ett krav för hela upphandlingen gäller alla
  delkontrakt och prövas mot vart och ett.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att uppskattat_värde.totalt är 10 000 000 kr
    Och att delkontrakt saknas
    Och underlaget har ett delkontrakt:
      | namn             | "Område norr" |
      | uppskattat_värde | 200 000 kr    |
    Och underlaget har ett delkontrakt:
      | namn             | "Område söder" |
      | uppskattat_värde | 9 800 000 kr   |

  @brist
  Scenario: Ett delkontrakt på 200 000 kr har ett omsättningskrav på 4 miljoner kronor
    Givet underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"  |
      | belopp      | 4 000 000 kr  |
      | delkontrakt | "Område norr" |
    När underlaget granskas
    Så ger regeln PROP-30 utfallet "fel"
    Och meddelandet för PROP-30 innehåller "Omsättningskravet 4 000 000 kr"
    Och meddelandet för PROP-30 innehåller "delkontraktet ”Område norr” (högst 400 000 kr)"
    Och fyndet för PROP-30 gäller fältet "kvalificeringskrav[0].belopp"
    Och fyndet för PROP-30 gäller fältet "delkontrakt[0].uppskattat_värde"
    Och ger regeln PROP-01 inget fynd

  @godtagbart
  Scenario: Omsättningskravet är exakt två gånger delkontraktets värde
    Givet underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"  |
      | belopp      | 400 000 kr    |
      | delkontrakt | "Område norr" |
    När underlaget granskas
    Så ger regeln PROP-30 inget fynd

  @godtagbart
  Scenario: Ett högt krav på det stora delkontraktet prövas bara mot det delkontraktet
    Givet underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"   |
      | belopp      | 15 000 000 kr  |
      | delkontrakt | "Område söder" |
    När underlaget granskas
    Så ger regeln PROP-30 inget fynd

  @brist
  Scenario: Ett krav för hela upphandlingen prövas mot varje delkontrakt
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-30 utfallet "fel"
    Och ger regeln PROP-30 1 fynd
    Och meddelandet för PROP-30 innehåller "delkontraktet ”Område norr”"
    Och fyndet för PROP-30 gäller fältet "kvalificeringskrav[0].belopp"
    Och fyndet för PROP-30 gäller fältet "delkontrakt[0].uppskattat_värde"

  @godtagbart
  Scenario: Ett kontrakt som inte är uppdelat prövas bara mot hela värdet, av PROP-01
    Givet underlaget har inga delkontrakt
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-30 inget fynd

  @godtagbart
  Scenario: Under tröskelvärdet gäller inte tvågångersregeln
    Givet att regim är "19 kap."
    Och underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"  |
      | belopp      | 4 000 000 kr  |
      | delkontrakt | "Område norr" |
    När underlaget granskas
    Så ger regeln PROP-30 inget fynd

  @motiverad_avvikelse
  Scenario: Kravet avser en grupp delkontrakt som en leverantör kan tilldelas samtidigt
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    Och underlaget har en motivering för PROP-30: "Kravet gäller den som tilldelas båda delkontrakten, som utförs samtidigt."
    När underlaget granskas
    Så ger regeln PROP-30 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Delkontraktets värde är inte känt
    Givet att delkontrakt[0].uppskattat_värde inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"  |
      | belopp      | 4 000 000 kr  |
      | delkontrakt | "Område norr" |
    När underlaget granskas
    Så ger regeln PROP-30 utfallet "underlag saknas"
    Och fyndet för PROP-30 gäller fältet "delkontrakt[0].uppskattat_värde"
    Och saknas uppgiften delkontrakt[0].uppskattat_värde för PROP-30

  @okänd
  Scenario: Omsättningskravets belopp är inte känt
    Givet underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"                                     |
      | beskrivning | "Omsättning i proportion till delkontraktet."    |
      | delkontrakt | "Område norr"                                    |
    Och att kvalificeringskrav[0].belopp inte är känt
    När underlaget granskas
    Så ger regeln PROP-30 utfallet "underlag saknas"
    Och saknas uppgiften kvalificeringskrav[0].belopp för PROP-30

  @okänd
  Scenario: Det kan finnas fler delkontrakt, men kravet på ett känt delkontrakt är för högt ändå
    Givet att delkontrakt[+] inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"  |
      | belopp      | 4 000 000 kr  |
      | delkontrakt | "Område norr" |
    När underlaget granskas
    Så ger regeln PROP-30 utfallet "fel"

  @okänd
  Scenario: Det kan finnas fler delkontrakt, och ett krav för hela upphandlingen kan gälla dem
    Givet att delkontrakt[+] inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 300 000 kr   |
    När underlaget granskas
    Så ger regeln PROP-30 utfallet "underlag saknas"
    Och saknas uppgiften delkontrakt för PROP-30

  @okänd
  Scenario: Det framgår inte om upphandlingen är direktivstyrd
    Givet att regim inte är känd
    Och underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"  |
      | belopp      | 4 000 000 kr  |
      | delkontrakt | "Område norr" |
    När underlaget granskas
    Så ger regeln PROP-30 utfallet "underlag saknas"
    Och saknas uppgiften regim för PROP-30
