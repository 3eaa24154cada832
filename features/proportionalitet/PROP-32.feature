# language: sv
@PROP-32
Egenskap: PROP-32 Certifieringskrav utan att likvärdiga intyg godtas
  Den som kräver ett intyg om kvalitetssäkring eller miljöledning ska godta
  likvärdiga intyg från andra organ och annan bevisning om likvärdiga åtgärder.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Krav på ISO 14001 utan att likvärdigt godtas
    Givet underlaget har ett kvalificeringskrav:
      | typ      | "certifiering" |
      | standard | "ISO 14001"    |
    När underlaget granskas
    Så ger regeln PROP-32 utfallet "varning"
    Och meddelandet för PROP-32 innehåller "Certifieringskravet ”ISO 14001”"
    Och fyndet för PROP-32 gäller fältet "kvalificeringskrav[0].eller_likvärdigt"

  @godtagbart
  Scenario: Krav på ISO 14001 eller likvärdigt
    Givet underlaget har ett kvalificeringskrav:
      | typ              | "certifiering" |
      | standard         | "ISO 14001"    |
      | eller_likvärdigt | ja             |
    När underlaget granskas
    Så ger regeln PROP-32 inget fynd

  @godtagbart
  Scenario: Under tröskelvärdet prövas inte regeln
    Givet att regim är "19 kap."
    Och underlaget har ett kvalificeringskrav:
      | typ      | "certifiering" |
      | standard | "ISO 9001"     |
    När underlaget granskas
    Så ger regeln PROP-32 inget fynd

  @okänd
  Scenario: Det framgår inte om likvärdiga intyg godtas
    Givet underlaget har ett kvalificeringskrav:
      | typ      | "certifiering" |
      | standard | "ISO 9001"     |
    Och att kvalificeringskrav[0].eller_likvärdigt inte är känt
    När underlaget granskas
    Så ger regeln PROP-32 utfallet "underlag saknas"
    Och saknas uppgiften kvalificeringskrav[0].eller_likvärdigt för PROP-32

  @okänd
  Scenario: Det framgår inte vilken lag upphandlingen görs enligt
    Givet att lagrum inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ      | "certifiering" |
      | standard | "ISO 9001"     |
    När underlaget granskas
    Så ger regeln PROP-32 utfallet "underlag saknas"
    Och saknas uppgiften lagrum för PROP-32
