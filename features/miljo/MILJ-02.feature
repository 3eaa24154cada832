# language: sv
@MILJ-02
Egenskap: MILJ-02 Intellektuell tjänst utan miljökrav
  För intellektuella tjänster, som juridik, revision, konsulter och
  programvarutjänster, är den direkta miljöpåverkan ofta låg. Saknas miljökrav
  ger regeln då en påminnelse i stället för den varning som MILJ-01 ger.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "79400000-8"

  @brist
  Scenario: Managementkonsulttjänster upphandlas utan miljökrav
    Givet underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-02 utfallet "info"
    Och meddelandet för MILJ-02 innehåller "konsulttjänster"
    Och fyndet för MILJ-02 gäller fältet "miljökrav"
    Och slutsatsen låg_direkt_miljöpåverkan gäller

  @brist
  Scenario: Juridiska tjänster och programvarurådgivning i var sitt delkontrakt
    Givet underlaget har inga cpv_koder
    Och underlaget har inga delkontrakt
    Och underlaget har ett delkontrakt:
      | namn      | "Juridik"      |
      | cpv_koder | "79100000-5", "79110000-8" |
    Och underlaget har ett delkontrakt:
      | namn      | "Systemstöd"   |
      | cpv_koder | "72200000-7", "72260000-5" |
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-02 utfallet "info"
    Och meddelandet för MILJ-02 innehåller "juridik, programvara"

  @godtagbart
  Scenario: Konsulttjänsten har ett miljökrav på resor i uppdraget
    När underlaget granskas
    Så ger regeln MILJ-02 inget fynd

  @godtagbart
  Scenario: Ett delkontrakt gäller lokalvård, så tjänsten är inte enbart intellektuell
    Givet underlaget har ett delkontrakt:
      | namn      | "Städning av kontoret" |
      | cpv_koder | "90911200-8", "90919200-4" |
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-02 inget fynd
    Och slutsatsen låg_direkt_miljöpåverkan gäller inte

  @godtagbart
  Scenario: Varor omfattas inte, även med en konsultkod
    Givet att upphandlingsslag är "varor"
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-02 inget fynd
    Och slutsatsen låg_direkt_miljöpåverkan gäller inte

  @motiverad_avvikelse
  Scenario: Myndigheten har angett varför miljökrav inte är möjliga
    Givet underlaget har inga miljökrav
    Och underlaget har en motivering för MILJ-02: "Utredningen utförs helt digitalt av konsultens befintliga personal; resor ingår inte."
    När underlaget granskas
    Så ger regeln MILJ-02 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Upphandlingsslaget framgår inte för managementkonsulttjänster utan miljökrav
    Givet att upphandlingsslag inte är känt
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-02 utfallet "underlag saknas"
    Och fyndet för MILJ-02 gäller fältet "upphandlingsslag"
    Och saknas uppgiften upphandlingsslag för MILJ-02

  @okänd
  Scenario: CPV-koderna är inte kända och underlaget har inga miljökrav
    Givet att cpv_koder inte är kända
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-02 utfallet "underlag saknas"
    Och fyndet för MILJ-02 gäller fältet "cpv_koder"

  @okänd
  Scenario: Konsulttjänster där det inte går att se om det finns miljökrav
    Givet att miljökrav inte är kända
    När underlaget granskas
    Så ger regeln MILJ-02 utfallet "underlag saknas"
    Och fyndet för MILJ-02 gäller fältet "miljökrav"

  @okänd
  Scenario: CPV-koderna är inte kända, men underlaget har ett miljökrav
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln MILJ-02 inget fynd
