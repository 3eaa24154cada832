# language: sv
@PROP-47
Egenskap: PROP-47 LUF: anbudstid under 10 dagar från inbjudan
  Enligt LUF får anbudstiden i selektivt och förhandlat förfarande bestämmas i
  samförstånd med de utvalda anbudssökandena; annars är den minst 10 dagar
  (regelreferensen X-03). LOU:s anbudstider gäller inte. Om tiden bestämts i
  samförstånd framgår inte av underlaget, så en kortare tid ger en bedömning.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att lagrum är "LUF"
    Och att förfarande är "selektivt"
    Och att annonseringsdatum är 2026-03-02
    Och att sista_ansökningsdag är 2026-04-01
    Och att inbjudan_att_lämna_anbud är 2026-04-10

  @brist
  Scenario: Anbudstiden är 8 dagar från inbjudan
    Givet att sista_anbudsdag är 2026-04-18
    När underlaget granskas
    Så ger regeln PROP-47 utfallet "bedömning krävs"
    Och meddelandet för PROP-47 innehåller "Anbudstiden är 8 dagar från inbjudan att lämna anbud. Enligt LUF är den minst 10 dagar"
    Och fyndet för PROP-47 gäller fältet "inbjudan_att_lämna_anbud"
    Och ger regeln PROP-35 inget fynd
    Och ger regeln PROP-36 inget fynd

  @godtagbart
  Scenario: Anbudstiden är exakt 10 dagar från inbjudan
    Givet att sista_anbudsdag är 2026-04-20
    När underlaget granskas
    Så ger regeln PROP-47 inget fynd

  @godtagbart
  Scenario: Samma anbudstid i en upphandling enligt LOU prövas av PROP-36, inte här
    Givet att lagrum är "LOU"
    Och att sista_anbudsdag är 2026-04-18
    När underlaget granskas
    Så ger regeln PROP-47 inget fynd

  @okänd
  Scenario: Dagen för inbjudan att lämna anbud är inte känd
    Givet att inbjudan_att_lämna_anbud inte är känd
    Och att sista_anbudsdag är 2026-04-18
    När underlaget granskas
    Så ger regeln PROP-47 utfallet "underlag saknas"
    Och saknas uppgiften inbjudan_att_lämna_anbud för PROP-47
