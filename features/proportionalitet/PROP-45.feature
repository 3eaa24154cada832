# language: sv
@PROP-45
Egenskap: PROP-45 LUF: omsättningskrav över två gånger delkontraktets värde
  Enligt LUF gäller tvågångersgränsen för omsättningskrav bara när enheten
  tillämpar LOU:s urvalskriterier (regelreferensen X-02), och då för varje
  delkontrakt (X-24). Ett högre krav på ett delkontrakt ger därför ingen
  LOU-regels fel, utan en bedömning.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att lagrum är "LUF"
    Och att uppskattat_värde.totalt är 10 000 000 kr
    Och att delkontrakt saknas
    Och underlaget har ett delkontrakt:
      | namn             | "Område norr" |
      | uppskattat_värde | 200 000 kr    |
    Och underlaget har ett delkontrakt:
      | namn             | "Område söder" |
      | uppskattat_värde | 9 800 000 kr   |

  @brist
  Scenario: Ett delkontrakt på 200 000 kr enligt LUF har ett omsättningskrav på 4 miljoner kronor
    Givet underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"  |
      | belopp      | 4 000 000 kr  |
      | delkontrakt | "Område norr" |
    När underlaget granskas
    Så ger regeln PROP-45 utfallet "bedömning krävs"
    Och meddelandet för PROP-45 innehåller "Omsättningskravet 4 000 000 kr är mer än två gånger det uppskattade värdet 200 000 kr av delkontraktet ”Område norr”"
    Och meddelandet för PROP-45 innehåller "Enligt LUF gäller gränsen bara om enheten tillämpar LOU:s urvalskriterier"
    Och fyndet för PROP-45 gäller fältet "delkontrakt[0].uppskattat_värde"
    Och ger regeln PROP-30 inget fynd
    Och ger regeln PROP-40 inget fynd

  @godtagbart
  Scenario: Omsättningskravet är exakt två gånger delkontraktets värde
    Givet underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"  |
      | belopp      | 400 000 kr    |
      | delkontrakt | "Område norr" |
    När underlaget granskas
    Så ger regeln PROP-45 inget fynd

  @godtagbart
  Scenario: Samma krav i en upphandling enligt LOU prövas av PROP-30, inte här
    Givet att lagrum är "LOU"
    Och underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"  |
      | belopp      | 4 000 000 kr  |
      | delkontrakt | "Område norr" |
    När underlaget granskas
    Så ger regeln PROP-45 inget fynd

  @okänd
  Scenario: Delkontraktets värde är inte känt
    Givet att delkontrakt[0].uppskattat_värde inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"  |
      | belopp      | 4 000 000 kr  |
      | delkontrakt | "Område norr" |
    När underlaget granskas
    Så ger regeln PROP-45 utfallet "underlag saknas"
    Och saknas uppgiften delkontrakt[0].uppskattat_värde för PROP-45

  @okänd
  Scenario: Lagrummet är okänt
    Givet att lagrum inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"  |
      | belopp      | 4 000 000 kr  |
      | delkontrakt | "Område norr" |
    När underlaget granskas
    Så ger regeln PROP-45 utfallet "underlag saknas"
    Och saknas uppgiften lagrum för PROP-45
