# language: sv
@PROP-34
Egenskap: PROP-34 Leverantören får inte åberopa andra företags kapacitet
  En leverantör får åberopa andra företags kapacitet för att uppfylla krav på
  ekonomisk ställning och teknisk och yrkesmässig kapacitet. Ett förbud mot
  det strider mot lagen; att vissa kritiska uppgifter ska utföras av
  leverantören själv är tillåtet.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Dokumenten förbjuder att åberopa ett moderbolags omsättning
    Givet att andra_företags_kapacitet är "får inte åberopas"
    När underlaget granskas
    Så ger regeln PROP-34 utfallet "fel"
    Och meddelandet för PROP-34 innehåller "förbjuder leverantören att åberopa andra företags kapacitet"
    Och fyndet för PROP-34 gäller fältet "andra_företags_kapacitet"

  @godtagbart
  Scenario: Dokumenten säger att andra företags kapacitet får åberopas
    Givet att andra_företags_kapacitet är "får åberopas"
    När underlaget granskas
    Så ger regeln PROP-34 inget fynd

  @godtagbart
  Scenario: Kritiska uppgifter ska utföras av leverantören själv
    Givet att andra_företags_kapacitet är "vissa uppgifter utförs av leverantören själv"
    När underlaget granskas
    Så ger regeln PROP-34 inget fynd

  @godtagbart
  Scenario: Dokumenten säger ingenting, och då gäller lagen
    När underlaget granskas
    Så ger regeln PROP-34 inget fynd

  @okänd
  Scenario: Det är inte känt vad dokumenten säger om andra företags kapacitet
    Givet att andra_företags_kapacitet inte är känt
    När underlaget granskas
    Så ger regeln PROP-34 utfallet "underlag saknas"
    Och saknas uppgiften andra_företags_kapacitet för PROP-34

  @okänd
  Scenario: Förbudet gäller en upphandling vars regim inte är känd
    Givet att andra_företags_kapacitet är "får inte åberopas"
    Och att regim inte är känd
    När underlaget granskas
    Så ger regeln PROP-34 utfallet "underlag saknas"
    Och saknas uppgiften regim för PROP-34
