# language: sv
@AVT-04
Egenskap: AVT-04 Tilldelningskriteriet saknar beskriven koppling till det som anskaffas
  Tilldelningskriterierna ska ha anknytning till det som anskaffas. Regeln
  ger ett fynd för varje kriterium där underlaget inte beskriver kopplingen.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Ett kriterium om leverantörens hållbarhetspolicy utan koppling till uppdraget
    Givet underlaget har ett element i utvärderingsmodell.kriterier:
      | namn    | "Leverantörens hållbarhetspolicy" |
      | bedömer | "anbudet"                         |
    När underlaget granskas
    Så ger regeln AVT-04 utfallet "varning"
    Och meddelandet för AVT-04 innehåller "”Leverantörens hållbarhetspolicy”"
    Och fyndet för AVT-04 gäller fältet "utvärderingsmodell.kriterier[0].koppling_till_föremålet"

  @godtagbart
  Scenario: Kriteriet beskriver hur det hänger samman med uppdraget
    Givet underlaget har ett element i utvärderingsmodell.kriterier:
      | namn                    | "Genomförandebeskrivning"                                     |
      | bedömer                 | "anbudet"                                                     |
      | koppling_till_föremålet | "Beskrivningen visar hur just detta uppdrag ska genomföras." |
    När underlaget granskas
    Så ger regeln AVT-04 inget fynd

  @godtagbart
  Scenario: Utan kvalitetskriterier finns inget att pröva
    När underlaget granskas
    Så ger regeln AVT-04 inget fynd

  @okänd
  Scenario: Det är inte känt om kriteriets koppling beskrivs
    Givet underlaget har ett element i utvärderingsmodell.kriterier:
      | namn    | "Leveranstid" |
      | bedömer | "anbudet"     |
    Och att utvärderingsmodell.kriterier[0].koppling_till_föremålet inte är känd
    När underlaget granskas
    Så ger regeln AVT-04 utfallet "underlag saknas"
    Och saknas uppgiften utvärderingsmodell.kriterier[0].koppling_till_föremålet för AVT-04

  @okänd
  Scenario: Det är inte känt vilka kriterier som används
    Givet att utvärderingsmodell.kriterier inte är kända
    När underlaget granskas
    Så ger regeln AVT-04 utfallet "underlag saknas"
    Och saknas uppgiften utvärderingsmodell.kriterier för AVT-04
