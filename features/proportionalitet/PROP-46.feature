# language: sv
@PROP-46
Egenskap: PROP-46 LUF: omsättningskrav i ramavtal över två gånger värdet av samtidiga kontrakt
  Enligt LUF gäller tvågångersgränsen för omsättningskrav bara när enheten
  tillämpar LOU:s urvalskriterier (regelreferensen X-02); för ett ramavtal
  räknas den då på värdet av de kontrakt som väntas löpa samtidigt (X-24). Ett
  högre krav ger en bedömning, inte fel.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att lagrum är "LUF"
    Och att ramavtal är ja
    Och att ramavtalet.högsta_värde är 10 000 000 kr
    Och att ramavtalet.avropsordning är "förnyad konkurrensutsättning"

  @brist
  Scenario: Ett ramavtal enligt LUF kräver mer än två gånger värdet av samtidiga kontrakt
    Givet att ramavtalet.högsta_samtidiga_värde är 2 000 000 kr
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 5 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-46 utfallet "bedömning krävs"
    Och meddelandet för PROP-46 innehåller "Omsättningskravet 5 000 000 kr är mer än två gånger värdet 2 000 000 kr"
    Och fyndet för PROP-46 gäller fältet "ramavtalet.högsta_samtidiga_värde"
    Och ger regeln PROP-31 inget fynd
    Och ger regeln PROP-40 inget fynd

  @godtagbart
  Scenario: Omsättningskravet är exakt två gånger värdet av samtidiga kontrakt
    Givet att ramavtalet.högsta_samtidiga_värde är 2 000 000 kr
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-46 inget fynd

  @godtagbart
  Scenario: Utan värdet av samtidiga kontrakt prövar PROP-40 kravet mot hela värdet
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 5 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-46 inget fynd
    Och ger regeln PROP-40 inget fynd

  @okänd
  Scenario: Värdet av samtidiga kontrakt är inte känt
    Givet att ramavtalet.högsta_samtidiga_värde inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 5 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-46 utfallet "underlag saknas"
    Och saknas uppgiften ramavtalet.högsta_samtidiga_värde för PROP-46
