# language: sv
@PROP-03
Egenskap: PROP-03 Omsättning får visas för högst tre räkenskapsår
  Leverantören får bara avkrävas uppgift om sin omsättning för de tre senaste
  räkenskapsåren, eller den kortare tid som företaget har funnits. Ett krav
  på fler år utestänger nya och små leverantörer.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Omsättningen ska visas för de fem senaste räkenskapsåren
    Givet underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"                                                                               |
      | beskrivning | "Årsomsättning om minst 4 000 000 kr under vart och ett av de fem senaste räkenskapsåren." |
      | belopp      | 4 000 000 kr                                                                               |
      | antal_år    | 5 år                                                                                       |
    När underlaget granskas
    Så ger regeln PROP-03 utfallet "fel"
    Och meddelandet för PROP-03 innehåller "5 år"
    Och fyndet för PROP-03 gäller fältet "kvalificeringskrav[0].antal_år"

  @godtagbart
  Scenario: Omsättningen ska visas för exakt de tre senaste räkenskapsåren
    Givet underlaget har ett kvalificeringskrav:
      | typ      | "omsättning" |
      | belopp   | 4 000 000 kr |
      | antal_år | 3 år         |
    När underlaget granskas
    Så ger regeln PROP-03 inget fynd

  @godtagbart
  Scenario: Omsättningskravet anger inte hur många räkenskapsår som ska visas
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    När underlaget granskas
    Så ger regeln PROP-03 inget fynd

  @okänd
  Scenario: Det går inte att läsa ut hur många räkenskapsår omsättningen ska visas för
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    Och att kvalificeringskrav[0].antal_år inte är känt
    När underlaget granskas
    Så ger regeln PROP-03 utfallet "underlag saknas"
    Och fyndet för PROP-03 gäller fältet "kvalificeringskrav[0].antal_år"
    Och saknas uppgiften kvalificeringskrav[0].antal_år för PROP-03

  @okänd
  Scenario: Kvalificeringskraven står i en bilaga som inte har lästs
    Givet att kvalificeringskrav inte är kända
    När underlaget granskas
    Så ger regeln PROP-03 utfallet "underlag saknas"
    Och fyndet för PROP-03 gäller fältet "kvalificeringskrav"
    Och saknas uppgiften kvalificeringskrav för PROP-03

  @okänd
  Scenario: Regimen är okänd och omsättningen ska visas för fem räkenskapsår
    Givet att regim inte är känd
    Och underlaget har ett kvalificeringskrav:
      | typ      | "omsättning" |
      | belopp   | 4 000 000 kr |
      | antal_år | 5 år         |
    När underlaget granskas
    Så ger regeln PROP-03 utfallet "underlag saknas"
    Och fyndet för PROP-03 gäller fältet "regim"
    Och saknas uppgiften regim för PROP-03

  @okänd
  Scenario: Omsättningen ska visas för tre räkenskapsår, vilken regim det än är
    Givet att regim inte är känd
    Och underlaget har ett kvalificeringskrav:
      | typ      | "omsättning" |
      | belopp   | 4 000 000 kr |
      | antal_år | 3 år         |
    När underlaget granskas
    Så ger regeln PROP-03 inget fynd

  @godtagbart
  Scenario: Omsättningen för fem år enligt LUF ger inget fel enligt LOU:s regel
    Givet att lagrum är "LUF"
    Och underlaget har ett kvalificeringskrav:
      | typ      | "omsättning" |
      | belopp   | 4 000 000 kr |
      | antal_år | 5 år         |
    När underlaget granskas
    Så ger regeln PROP-03 inget fynd

  @okänd
  Scenario: Lagrummet är okänt, så det framgår inte om LOU:s regel gäller för omsättningen för fem år
    Givet att lagrum inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ      | "omsättning" |
      | belopp   | 4 000 000 kr |
      | antal_år | 5 år         |
    När underlaget granskas
    Så ger regeln PROP-03 utfallet "underlag saknas"
    Och fyndet för PROP-03 gäller fältet "lagrum"
