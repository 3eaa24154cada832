# language: sv
@PROP-49
Egenskap: PROP-49 LUK: tiden för första elektroniska anbud är kortare än 22 dagar
  Enligt LUK är tiden för första anbud minst 22 dagar från inbjudan
  (regelreferensen X-03). Om tiden får kortas när anbud lämnas elektroniskt
  anger regelreferensen inte, så en kortare tid med elektroniska anbud ger en
  bedömning, inte fel.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att lagrum är "LUK"
    Och att förfarande är "förhandlat med föregående annonsering"
    Och att elektronisk_anbudsgivning är ja
    Och att annonseringsdatum är 2026-03-02
    Och att sista_ansökningsdag är 2026-04-01
    Och att inbjudan_att_lämna_anbud är 2026-04-10

  @brist
  Scenario: Första elektroniska anbud ska lämnas 18 dagar efter inbjudan
    Givet att sista_anbudsdag är 2026-04-28
    När underlaget granskas
    Så ger regeln PROP-49 utfallet "bedömning krävs"
    Och meddelandet för PROP-49 innehåller "Tiden för första anbud är 18 dagar från inbjudan att lämna anbud, kortare än de 22 dagar som LUK anger"
    Och ger regeln PROP-48 inget fynd

  @godtagbart
  Scenario: Första elektroniska anbud ska lämnas 22 dagar efter inbjudan
    Givet att sista_anbudsdag är 2026-05-02
    När underlaget granskas
    Så ger regeln PROP-49 inget fynd

  @godtagbart
  Scenario: Ett förfarande utan eget ansökningssteg har ingen inbjudan att lämna första anbud
    Givet att förfarande är "öppet"
    Och att sista_anbudsdag är 2026-04-28
    När underlaget granskas
    Så ger regeln PROP-49 inget fynd

  @okänd
  Scenario: Sista anbudsdag är inte känd
    Givet att sista_anbudsdag inte är känd
    När underlaget granskas
    Så ger regeln PROP-49 utfallet "underlag saknas"
    Och saknas uppgiften sista_anbudsdag för PROP-49
