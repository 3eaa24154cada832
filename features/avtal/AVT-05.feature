# language: sv
@AVT-05
Egenskap: AVT-05 Leverantörens lämplighet utvärderas som tilldelningskriterium
  Det som gäller leverantörens allmänna lämplighet prövas som
  kvalificeringskrav och får inte utvärderas igen som tilldelningskriterium.
  Kompetensen hos den personal som ska utföra kontraktet får utvärderas.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Fler referensuppdrag för företaget ger poäng i utvärderingen
    Givet underlaget har ett element i utvärderingsmodell.kriterier:
      | namn                    | "Antal referensuppdrag utöver kravet" |
      | bedömer                 | "leverantörens lämplighet"            |
      | koppling_till_föremålet | "Erfarenhet av liknande uppdrag"      |
    När underlaget granskas
    Så ger regeln AVT-05 utfallet "fel"
    Och meddelandet för AVT-05 innehåller "”Antal referensuppdrag utöver kravet” bedömer leverantörens allmänna lämplighet"
    Och fyndet för AVT-05 gäller fältet "utvärderingsmodell.kriterier[0].bedömer"

  @godtagbart
  Scenario: Den offererade projektledarens erfarenhet utvärderas
    Givet underlaget har ett element i utvärderingsmodell.kriterier:
      | namn                    | "Projektledarens erfarenhet"               |
      | bedömer                 | "personalens kompetens och erfarenhet"     |
      | koppling_till_föremålet | "Projektledaren leder just detta uppdrag." |
    När underlaget granskas
    Så ger regeln AVT-05 inget fynd

  @godtagbart
  Scenario: Anbudets kvalitet utvärderas
    Givet underlaget har ett element i utvärderingsmodell.kriterier:
      | namn    | "Genomförandebeskrivning" |
      | bedömer | "anbudet"                 |
    När underlaget granskas
    Så ger regeln AVT-05 inget fynd

  @okänd
  Scenario: Det framgår inte vad kriteriet bedömer
    Givet underlaget har ett element i utvärderingsmodell.kriterier:
      | namn | "Erfarenhet" |
    Och att utvärderingsmodell.kriterier[0].bedömer inte är känt
    När underlaget granskas
    Så ger regeln AVT-05 utfallet "underlag saknas"
    Och saknas uppgiften utvärderingsmodell.kriterier[0].bedömer för AVT-05

  Scenario: Ett kriterium som inte säger vad det bedömer är okänt i det avseendet
    Givet underlaget har ett element i utvärderingsmodell.kriterier:
      | namn | "Erfarenhet" |
    När underlaget granskas
    Så ger regeln AVT-05 utfallet "underlag saknas"
