# language: sv
@MILJ-05
Egenskap: MILJ-05 Miljökravet saknar verifikat
  Ett miljökrav ska gå att verifiera. Regeln ger ett fynd för varje miljökrav där
  underlaget inte anger hur leverantören visar att kravet uppfylls.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "90911200-8"
    Och underlaget har inga miljökrav

  @brist
  Scenario: Kravet på städkemikalier anger inget verifikat
    Givet underlaget har ett miljökrav:
      | område     | "Kemikalier i städprodukter" |
      | nivå       | "avancerad"                  |
      | användning | "teknisk specifikation"      |
    När underlaget granskas
    Så ger regeln MILJ-05 utfallet "varning"
    Och meddelandet för MILJ-05 innehåller "Kemikalier i städprodukter"
    Och fyndet för MILJ-05 gäller fältet "miljökrav[0].verifikat"

  @brist
  Scenario: Två krav, det andra saknar verifikat
    Givet underlaget har ett miljökrav:
      | område     | "Kemikalier i städprodukter"                      |
      | nivå       | "avancerad"                                       |
      | användning | "teknisk specifikation"                           |
      | verifikat  | "Produktblad och Svanenlicens eller likvärdigt"   |
    Och underlaget har ett miljökrav:
      | område     | "Fordon"           |
      | nivå       | "bas"              |
      | användning | "kontraktsvillkor" |
    När underlaget granskas
    Så ger regeln MILJ-05 1 fynd
    Och fyndet för MILJ-05 gäller fältet "miljökrav[1].verifikat"
    Och meddelandet för MILJ-05 innehåller "”Fordon” (kontraktsvillkor, bas)"

  @godtagbart
  Scenario: Kravet anger miljömärkning eller likvärdigt som verifikat
    Givet underlaget har ett miljökrav:
      | område     | "Kemikalier i städprodukter"                    |
      | nivå       | "avancerad"                                     |
      | användning | "teknisk specifikation"                         |
      | verifikat  | "Produktblad och Svanenlicens eller likvärdigt" |
    När underlaget granskas
    Så ger regeln MILJ-05 inget fynd

  @okänd
  Scenario: Det går inte att läsa ut hur kravet på städkemikalier ska verifieras
    Givet underlaget har ett miljökrav:
      | område     | "Kemikalier i städprodukter" |
      | nivå       | "avancerad"                  |
      | användning | "teknisk specifikation"      |
    Och att miljökrav[0].verifikat inte är känt
    När underlaget granskas
    Så ger regeln MILJ-05 utfallet "underlag saknas"
    Och fyndet för MILJ-05 gäller fältet "miljökrav[0].verifikat"
    Och saknas uppgiften miljökrav[0].verifikat för MILJ-05

  @okänd
  Scenario: Miljökraven står i en bilaga som inte har lästs
    Givet att miljökrav inte är kända
    När underlaget granskas
    Så ger regeln MILJ-05 utfallet "underlag saknas"
    Och fyndet för MILJ-05 gäller fältet "miljökrav"
    Och saknas uppgiften miljökrav för MILJ-05

  @okänd
  Scenario: Kravets nivå är okänd, men verifikat saknas
    Givet underlaget har ett miljökrav:
      | område     | "Kemikalier i städprodukter" |
      | nivå       | "avancerad"                  |
      | användning | "teknisk specifikation"      |
    Och att miljökrav[0].nivå inte är känd
    När underlaget granskas
    Så ger regeln MILJ-05 utfallet "varning"
    Och meddelandet för MILJ-05 innehåller "(teknisk specifikation, okänt)"
