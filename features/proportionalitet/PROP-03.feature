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
