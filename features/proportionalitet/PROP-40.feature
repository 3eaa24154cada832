# language: sv
@PROP-40
Egenskap: PROP-40 LUF: omsättningskrav över två gånger det uppskattade värdet
  Enligt LUF gäller tvågångersgränsen för omsättningskrav bara när den
  upphandlande enheten tillämpar LOU:s urvalskriterier (regelreferensen X-02).
  Ett högre krav ger därför ingen LOU-regels fel, utan en bedömning.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att lagrum är "LUF"
    Och att uppskattat_värde.totalt är 10 000 000 kr

  @brist
  Scenario: Ett energibolag kräver en omsättning på tre gånger det uppskattade värdet
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 30 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-40 utfallet "bedömning krävs"
    Och meddelandet för PROP-40 innehåller "Enligt LUF gäller gränsen bara om enheten tillämpar LOU:s urvalskriterier"
    Och ger regeln PROP-01 inget fynd

  @godtagbart
  Scenario: Omsättningskravet är exakt två gånger värdet
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 20 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-40 inget fynd

  @godtagbart
  Scenario: Samma krav i en upphandling enligt LOU prövas av PROP-01, inte här
    Givet att lagrum är "LOU"
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning"  |
      | belopp | 30 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-40 inget fynd

  @okänd
  Scenario: Omsättningskravets belopp går inte att läsa ut
    Givet underlaget har ett kvalificeringskrav:
      | typ | "omsättning" |
    Och att kvalificeringskrav[0].belopp inte är känt
    När underlaget granskas
    Så ger regeln PROP-40 utfallet "underlag saknas"
    Och fyndet för PROP-40 gäller fältet "kvalificeringskrav[0].belopp"
