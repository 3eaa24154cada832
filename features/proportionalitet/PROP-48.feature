# language: sv
@PROP-48
Egenskap: PROP-48 LUK: tiden för första anbud är kortare än 22 dagar
  Enligt LUK är tiden för första anbud, när förfarandet har flera steg, minst
  22 dagar från inbjudan att lämna anbud (regelreferensen X-03). Regeln ger
  fel när anbud inte lämnas elektroniskt; med elektroniska anbud ber PROP-49
  om en bedömning.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att lagrum är "LUK"
    Och att förfarande är "förhandlat med föregående annonsering"
    Och att elektronisk_anbudsgivning är nej
    Och att annonseringsdatum är 2026-03-02
    Och att sista_ansökningsdag är 2026-04-01
    Och att inbjudan_att_lämna_anbud är 2026-04-10

  @brist
  Scenario: Första anbud ska lämnas 21 dagar efter inbjudan
    Givet att sista_anbudsdag är 2026-05-01
    När underlaget granskas
    Så ger regeln PROP-48 utfallet "fel"
    Och meddelandet för PROP-48 innehåller "Tiden för första anbud är 21 dagar från inbjudan att lämna anbud; enligt LUK är den minst 22 dagar"
    Och ger regeln PROP-49 inget fynd
    Och ger regeln PROP-35 inget fynd

  @godtagbart
  Scenario: Första anbud ska lämnas exakt 22 dagar efter inbjudan
    Givet att sista_anbudsdag är 2026-05-02
    När underlaget granskas
    Så ger regeln PROP-48 inget fynd

  @godtagbart
  Scenario: Med elektroniska anbud ger regeln inget fel
    Givet att elektronisk_anbudsgivning är ja
    Och att sista_anbudsdag är 2026-05-01
    När underlaget granskas
    Så ger regeln PROP-48 inget fynd

  @okänd
  Scenario: Dagen för inbjudan att lämna anbud är inte känd
    Givet att inbjudan_att_lämna_anbud inte är känd
    Och att sista_anbudsdag är 2026-05-01
    När underlaget granskas
    Så ger regeln PROP-48 utfallet "underlag saknas"
    Och saknas uppgiften inbjudan_att_lämna_anbud för PROP-48
