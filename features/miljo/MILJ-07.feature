# language: sv
@MILJ-07
Egenskap: MILJ-07 Livsmedelsupphandling utan krav inom ekomat
  Nämndplanen 2023–2025 har mål för hur stor andel av livsmedelsupphandlingarna
  som ska ha krav på ekologiska och lokalproducerade livsmedel. Regeln påminner
  när en upphandling av livsmedel eller måltider saknar miljökrav inom det
  prioriterade området ekomat. Underlaget har ett miljökrav om resor (fossilfritt).

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att annonseringsdatum är 2025-09-01
    Och att sista_anbudsdag är 2025-10-15
    Och att upphandlingsslag är "varor"

  @brist
  Scenario: Livsmedel upphandlas utan krav inom ekomat
    Givet att cpv_koder är "15000000-8"
    När underlaget granskas
    Så ger regeln MILJ-07 utfallet "info"
    Och meddelandet för MILJ-07 innehåller "gäller livsmedel"
    Och fyndet för MILJ-07 gäller fältet "miljökrav"

  @brist
  Scenario: Skolmåltider i ett delkontrakt
    Givet att upphandlingsslag är "tjänster"
    Och underlaget har ett delkontrakt:
      | namn      | "Skolmåltider" |
      | cpv_koder | "55523100-3", "55524000-9" |
    När underlaget granskas
    Så ger regeln MILJ-07 utfallet "info"

  @godtagbart
  Scenario: Ett krav på ekologiska livsmedel finns
    Givet att cpv_koder är "15000000-8"
    Och underlaget har ett miljökrav:
      | område             | "Ekologiska livsmedel"          |
      | nivå               | "bas"                           |
      | användning         | "teknisk specifikation"         |
      | verifikat          | "EU-ekologisk märkning"         |
      | prioriterat_område | "ekomat"                        |
    När underlaget granskas
    Så ger regeln MILJ-07 inget fynd

  @godtagbart
  Scenario: Annonserad efter nämndplanens period
    Givet att cpv_koder är "15000000-8"
    Och att annonseringsdatum är 2026-01-01
    Och att sista_anbudsdag är 2026-02-10
    När underlaget granskas
    Så ger regeln MILJ-07 inget fynd

  @godtagbart
  Scenario: Direktupphandlingar ligger utanför nämndens uppdrag
    Givet att cpv_koder är "15000000-8"
    Och att regim är "direktupphandling"
    Och att förfarande är "direktupphandling"
    Och att uppskattat_värde.totalt är 500 000 kr
    Och att uppskattat_värde.per_år är 250 000 kr
    När underlaget granskas
    Så ger regeln MILJ-07 inget fynd

  @godtagbart
  Scenario: Kontorsmaterial är inga livsmedel
    Givet att cpv_koder är "30192000-1"
    När underlaget granskas
    Så ger regeln MILJ-07 inget fynd

  @okänd
  Scenario: CPV-koderna är inte kända och inget miljökrav hör till ekomat
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln MILJ-07 utfallet "underlag saknas"
    Och fyndet för MILJ-07 gäller fältet "cpv_koder"
    Och saknas uppgiften cpv_koder för MILJ-07

  @okänd
  Scenario: CPV-koderna är inte kända, men ett krav på ekologiska livsmedel finns
    Givet att cpv_koder inte är kända
    Och underlaget har ett miljökrav:
      | område             | "Ekologiska livsmedel"  |
      | nivå               | "bas"                   |
      | användning         | "teknisk specifikation" |
      | verifikat          | "EU-ekologisk märkning" |
      | prioriterat_område | "ekomat"                |
    När underlaget granskas
    Så ger regeln MILJ-07 inget fynd

  @okänd
  Scenario: Livsmedel där det inte går att läsa ut vilket prioriterat område kravet hör till
    Givet att cpv_koder är "15000000-8"
    Och att miljökrav[0].prioriterat_område inte är känt
    När underlaget granskas
    Så ger regeln MILJ-07 utfallet "underlag saknas"
    Och fyndet för MILJ-07 gäller fältet "miljökrav[0].prioriterat_område"
