# language: sv
@MILJ-03
Egenskap: MILJ-03 Miljökraven når inte avancerad nivå i ett område med stor miljöpåverkan
  Nämndplanen 2023–2025 har mål för hur stor andel av upphandlingarna som ska ha
  miljökrav på avancerad eller spjutspetsnivå. Regeln pekar ut upphandlingar inom
  områden med stor miljöpåverkan (transporter, livsmedel, lokalvård ...) där alla
  miljökrav är på basnivå. Underlaget har ett miljökrav på basnivå om resor.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att annonseringsdatum är 2025-09-01
    Och att sista_anbudsdag är 2025-10-15

  @brist
  Scenario: Transporttjänster med bara ett miljökrav på basnivå
    Givet att cpv_koder är "60100000-9"
    När underlaget granskas
    Så ger regeln MILJ-03 utfallet "varning"
    Och meddelandet för MILJ-03 innehåller "gäller transporter"
    Och fyndet för MILJ-03 gäller fältet "miljökrav"

  @brist
  Scenario: Måltider och lokalvård i var sitt delkontrakt, två krav på basnivå
    Givet underlaget har inga delkontrakt
    Och underlaget har ett delkontrakt:
      | namn      | "Skolmåltider" |
      | cpv_koder | "55523100-3", "55524000-9" |
    Och underlaget har ett delkontrakt:
      | namn      | "Städning"     |
      | cpv_koder | "90911200-8", "90919200-4" |
    Och underlaget har ett miljökrav:
      | område     | "Kemikalier i städprodukter" |
      | nivå       | "bas"                        |
      | användning | "teknisk specifikation"      |
    När underlaget granskas
    Så ger regeln MILJ-03 utfallet "varning"
    Och meddelandet för MILJ-03 innehåller "livsmedel, lokalvård"

  @brist
  Scenario: Annonserad sista dagen i nämndplanens period
    Givet att cpv_koder är "60100000-9"
    Och att annonseringsdatum är 2025-12-31
    Och att sista_anbudsdag är 2026-02-09
    När underlaget granskas
    Så ger regeln MILJ-03 utfallet "varning"

  @godtagbart
  Scenario: Transporttjänsterna har också ett krav på avancerad nivå
    Givet att cpv_koder är "60100000-9"
    Och underlaget har ett miljökrav:
      | område     | "Fordon och drivmedel" |
      | nivå       | "avancerad"            |
      | användning | "kontraktsvillkor"     |
    När underlaget granskas
    Så ger regeln MILJ-03 inget fynd

  @godtagbart
  Scenario: Ett krav på spjutspetsnivå räcker också
    Givet att cpv_koder är "60100000-9"
    Och underlaget har ett miljökrav:
      | område     | "Fordon och drivmedel" |
      | nivå       | "spjutspets"           |
      | användning | "tilldelningskriterium" |
    När underlaget granskas
    Så ger regeln MILJ-03 inget fynd

  @godtagbart
  Scenario: Företagstjänster hör inte till ett område med stor miljöpåverkan
    Givet att cpv_koder är "79000000-4"
    När underlaget granskas
    Så ger regeln MILJ-03 inget fynd

  @godtagbart
  Scenario: Annonserad efter nämndplanens period
    Givet att cpv_koder är "60100000-9"
    Och att annonseringsdatum är 2026-01-01
    Och att sista_anbudsdag är 2026-02-10
    När underlaget granskas
    Så ger regeln MILJ-03 inget fynd

  @godtagbart
  Scenario: Byggentreprenader ligger utanför nämndens uppdrag
    Givet att upphandlingsslag är "byggentreprenad"
    Och att cpv_koder är "45214200-2"
    När underlaget granskas
    Så ger regeln MILJ-03 inget fynd

  @godtagbart
  Scenario: Utan miljökrav prövas inte nivån här
    Givet att cpv_koder är "60100000-9"
    Och underlaget har inga miljökrav
    När underlaget granskas
    Så ger regeln MILJ-03 inget fynd

  @motiverad_avvikelse
  Scenario: Basnivå är ett medvetet val efter marknadsdialog
    Givet att cpv_koder är "60100000-9"
    Och underlaget har en motivering för MILJ-03: "Marknadsdialogen visade att bara en av fem lokala åkerier har fossilfria fordon; basnivå väljs för detta avtal och avancerad nivå planeras vid nästa upphandling."
    När underlaget granskas
    Så ger regeln MILJ-03 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Transporttjänster där miljökravets nivå inte går att läsa ut
    Givet att cpv_koder är "60100000-9"
    Och att miljökrav[0].nivå inte är känd
    När underlaget granskas
    Så ger regeln MILJ-03 utfallet "underlag saknas"
    Och fyndet för MILJ-03 gäller fältet "miljökrav[0].nivå"
    Och saknas uppgiften miljökrav[0].nivå för MILJ-03

  @okänd
  Scenario: Ett kravs nivå är okänd, men ett annat krav är på avancerad nivå
    Givet att cpv_koder är "60100000-9"
    Och underlaget har ett miljökrav:
      | område     | "Fordon och drivmedel" |
      | nivå       | "avancerad"            |
      | användning | "kontraktsvillkor"     |
    Och att miljökrav[0].nivå inte är känd
    När underlaget granskas
    Så ger regeln MILJ-03 inget fynd

  @okänd
  Scenario: Transporttjänster med krav på basnivå, men annonseringsdatumet är inte känt
    Givet att cpv_koder är "60100000-9"
    Och att annonseringsdatum inte är känt
    När underlaget granskas
    Så ger regeln MILJ-03 utfallet "underlag saknas"
    Och fyndet för MILJ-03 gäller fältet "annonseringsdatum"
    Och saknas uppgiften annonseringsdatum för MILJ-03

  @okänd
  Scenario: CPV-koderna är inte kända och alla miljökrav är på basnivå
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln MILJ-03 utfallet "underlag saknas"
    Och fyndet för MILJ-03 gäller fältet "cpv_koder"
