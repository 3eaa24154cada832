# language: sv
@PROP-36
Egenskap: PROP-36 Kort anbudstid i selektivt eller förhandlat förfarande hos en myndighet som inte är statlig
  En kommun, en region eller ett kommunalt bolag får enligt direktivet bestämma
  anbudstiden i samförstånd med anbudssökandena; utan överenskommelse är den
  minst 10 dagar. Är anbudstiden kortare än den som gäller för statliga
  myndigheter krävs en bedömning.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att upphandlande_myndighet.typ är "kommunal"
    Och att förfarande är "selektivt"
    Och att annonseringsdatum är 2026-03-02
    Och att sista_ansökningsdag är 2026-04-01
    Och att inbjudan_att_lämna_anbud är 2026-04-10
    Och att elektronisk_anbudsgivning är nej

  @brist
  Scenario: En kommun ger anbudsgivarna 20 dagar
    Givet att sista_anbudsdag är 2026-04-30
    När underlaget granskas
    Så ger regeln PROP-36 utfallet "bedömning krävs"
    Och meddelandet för PROP-36 innehåller "Anbudstiden är 20 dagar från inbjudan att lämna anbud"
    Och meddelandet för PROP-36 innehåller "annars är den minst 10 dagar"

  @godtagbart
  Scenario: En kommun ger anbudsgivarna 30 dagar
    Givet att sista_anbudsdag är 2026-05-10
    När underlaget granskas
    Så ger regeln PROP-36 inget fynd

  @godtagbart
  Scenario: En statlig myndighet prövas av PROP-35
    Givet att upphandlande_myndighet.typ är "statlig"
    Och att sista_anbudsdag är 2026-04-30
    När underlaget granskas
    Så ger regeln PROP-36 inget fynd

  @okänd
  Scenario: Dagen inbjudan skickades är inte känd
    Givet att inbjudan_att_lämna_anbud inte är känd
    Och att sista_anbudsdag är 2026-04-30
    När underlaget granskas
    Så ger regeln PROP-36 utfallet "underlag saknas"
    Och saknas uppgiften inbjudan_att_lämna_anbud för PROP-36

  @okänd
  Scenario: Det framgår inte vilket slag av myndighet som upphandlar
    Givet att upphandlande_myndighet.typ inte är känd
    Och att sista_anbudsdag är 2026-04-30
    När underlaget granskas
    Så ger regeln PROP-36 utfallet "underlag saknas"
    Och saknas uppgiften upphandlande_myndighet.typ för PROP-36
