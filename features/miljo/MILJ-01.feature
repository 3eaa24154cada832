# language: sv
@MILJ-01
Egenskap: MILJ-01 Upphandlingen saknar miljökrav
  Miljöhänsyn bör tas när upphandlingens art motiverar det, och nämndplanens mål
  är miljökrav i alla upphandlingar där det är möjligt. Regeln varnar när
  underlaget inte har något miljökrav alls. Intellektuella tjänster, där den
  direkta miljöpåverkan ofta är låg, hanteras av MILJ-02.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Transporttjänster upphandlas utan miljökrav
    Givet att cpv_koder är "60100000-9"
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-01 utfallet "varning"
    Och meddelandet för MILJ-01 innehåller "60100000-9"
    Och fyndet för MILJ-01 gäller fältet "miljökrav"

  @brist
  Scenario: Den breda koden för företagstjänster räknas inte som intellektuell tjänst
    Givet att cpv_koder är "79000000-4"
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-01 utfallet "varning"
    Och meddelandet för MILJ-01 innehåller "tjänster med CPV-koderna 79000000-4"

  @brist
  Scenario: Konsulttjänster tillsammans med transporter är ingen intellektuell tjänst
    Givet att cpv_koder är "79400000-8", "60100000-9"
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-01 utfallet "varning"

  @godtagbart
  Scenario: Underlaget har ett miljökrav på basnivå
    Givet att cpv_koder är "60100000-9"
    När underlaget granskas
    Så ger regeln MILJ-01 inget fynd

  @godtagbart
  Scenario: Managementkonsulttjänster utan miljökrav ger ingen varning här
    Givet att cpv_koder är "79400000-8"
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-01 inget fynd

  @motiverad_avvikelse
  Scenario: Myndigheten har angett varför miljökrav inte är möjliga
    Givet att cpv_koder är "79000000-4"
    Och underlaget har inga miljökrav
    Och underlaget har en motivering för MILJ-01: "Uppdraget är ett rättsutlåtande som utförs på distans utan resor eller material; det finns inget miljökrav att ställa som hänger samman med uppdraget."
    När underlaget granskas
    Så ger regeln MILJ-01 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Transporttjänster där miljökraven står i en bilaga som inte har lästs
    Givet att cpv_koder är "60100000-9"
    Och att miljökrav inte är kända
    När underlaget granskas
    Så ger regeln MILJ-01 utfallet "underlag saknas"
    Och fyndet för MILJ-01 gäller fältet "miljökrav"
    Och saknas uppgiften miljökrav för MILJ-01

  @okänd
  Scenario: CPV-koderna är inte kända och underlaget har inga miljökrav
    Givet att cpv_koder inte är kända
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-01 utfallet "underlag saknas"
    Och fyndet för MILJ-01 gäller fältet "cpv_koder"
    Och saknas uppgiften cpv_koder för MILJ-01

  @okänd
  Scenario: CPV-koderna är inte kända, men underlaget har ett miljökrav
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln MILJ-01 inget fynd

  @okänd
  Scenario: Upphandlingsslaget framgår inte för managementkonsulttjänster utan miljökrav
    Givet att cpv_koder är "79400000-8"
    Och att upphandlingsslag inte är känt
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-01 utfallet "underlag saknas"
    Och fyndet för MILJ-01 gäller fältet "upphandlingsslag"

  @okänd
  Scenario: Upphandlingsslaget framgår inte, men transporter är ingen intellektuell tjänst
    Givet att cpv_koder är "60100000-9"
    Och att upphandlingsslag inte är känt
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-01 utfallet "varning"
