# language: sv
@PROP-14
Egenskap: PROP-14 Direktupphandling över 100 000 kr ska dokumenteras
  En direktupphandling vars värde överstiger 100 000 kr ska dokumenteras.
  Regeln påminner om skyldigheten; den kan inte se om dokumentationen finns.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att regim är "direktupphandling"
    Och att förfarande är "direktupphandling"
    Och att annonseringsdatum är 2026-03-02
    Och att uppskattat_värde.per_år saknas
    Och att sista_anbudsdag saknas
    Och underlaget har inga delkontrakt

  @brist
  Scenario: Direktupphandling av konsulttjänster för 350 000 kr
    Givet att uppskattat_värde.totalt är 350 000 kr
    När underlaget granskas
    Så ger regeln PROP-14 utfallet "info"
    Och meddelandet för PROP-14 innehåller "350 000 kr"
    Och meddelandet för PROP-14 innehåller "ska dokumenteras"
    Och fyndet för PROP-14 gäller fältet "uppskattat_värde.totalt"

  @brist
  Scenario: Värdet överstiger 100 000 kr med en krona
    Givet att uppskattat_värde.totalt är 100 001 kr
    När underlaget granskas
    Så ger regeln PROP-14 utfallet "info"

  @godtagbart
  Scenario: Värdet är exakt 100 000 kr
    Givet att uppskattat_värde.totalt är 100 000 kr
    När underlaget granskas
    Så ger regeln PROP-14 inget fynd

  @godtagbart
  Scenario: En annonserad upphandling enligt 19 kap. omfattas inte av dokumentationsregeln för direktupphandling
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 350 000 kr
    När underlaget granskas
    Så ger regeln PROP-14 inget fynd

  @okänd
  Scenario: Direktupphandlingens värde är inte beräknat
    Givet att uppskattat_värde.totalt inte är känt
    När underlaget granskas
    Så ger regeln PROP-14 utfallet "underlag saknas"
    Och fyndet för PROP-14 gäller fältet "uppskattat_värde.totalt"
    Och saknas uppgiften uppskattat_värde.totalt för PROP-14

  @okänd
  Scenario: Det framgår inte om köpet för 350 000 kr är en direktupphandling
    Givet att uppskattat_värde.totalt är 350 000 kr
    Och att regim inte är känd
    När underlaget granskas
    Så ger regeln PROP-14 utfallet "underlag saknas"
    Och fyndet för PROP-14 gäller fältet "regim"
    Och saknas uppgiften regim för PROP-14

  @okänd
  Scenario: Köpet för 80 000 kr behöver inte dokumenteras, vilken regim det än är
    Givet att uppskattat_värde.totalt är 80 000 kr
    Och att regim inte är känd
    När underlaget granskas
    Så ger regeln PROP-14 inget fynd
