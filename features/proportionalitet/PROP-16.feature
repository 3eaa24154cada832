# language: sv
@PROP-16
Egenskap: PROP-16 Kraven kan tillsammans stänga ute små leverantörer
  Kvalificeringskraven ska vara proportionerliga i sin helhet. Regeln varnar när
  minst tre av fyra krav som särskilt drabbar små och nya leverantörer ställs
  samtidigt: omsättningskrav över årsvärdet, krävande referenskrav (minst tre
  uppdrag eller mer än tre år bakåt), lägsta kreditbetyg och certifiering.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att uppskattat_värde.totalt är 10 000 000 kr
    Och att uppskattat_värde.per_år är 2 500 000 kr

  @godtagbart
  Scenario: Två av de fyra kraven ställs: omsättning över årsvärdet och certifiering
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    Och underlaget har ett kvalificeringskrav:
      | typ              | "certifiering" |
      | standard         | "ISO 9001"     |
      | eller_likvärdigt | ja             |
    När underlaget granskas
    Så ger regeln PROP-16 inget fynd
    Och slutsatsen omsättningskrav_över_årsvärdet gäller
    Och slutsatsen krav_på_certifiering gäller
    Och slutsatsen krävande_referenskrav gäller inte
    Och slutsatsen krav_på_kreditbetyg gäller inte

  @brist
  Scenario: Tre av de fyra kraven ställs: omsättning över årsvärdet, tre referensuppdrag och certifiering
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 3                 |
      | tidsperiod_år | 3 år              |
    Och underlaget har ett kvalificeringskrav:
      | typ              | "certifiering" |
      | standard         | "ISO 14001"    |
      | eller_likvärdigt | ja             |
    När underlaget granskas
    Så ger regeln PROP-16 utfallet "varning"
    Och ger regeln PROP-16 1 fynd
    Och meddelandet för PROP-16 innehåller "minst tre av fyra"
    Och slutsatsen omsättningskrav_över_årsvärdet gäller
    Och slutsatsen krävande_referenskrav gäller
    Och slutsatsen krav_på_certifiering gäller
    Och slutsatsen krav_på_kreditbetyg gäller inte

  @brist
  Scenario: Alla fyra kraven ställs, även om kreditkravet i sig är tillåtet
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 4                 |
      | tidsperiod_år | 3 år              |
    Och underlaget har ett kvalificeringskrav:
      | typ                    | "kreditupplysning" |
      | lägsta_riskklass       | 3                  |
      | annan_bevisning_godtas | ja                 |
    Och underlaget har ett kvalificeringskrav:
      | typ              | "certifiering" |
      | standard         | "ISO 9001"     |
      | eller_likvärdigt | ja             |
    När underlaget granskas
    Så ger regeln PROP-16 utfallet "varning"
    Och slutsatsen krävande_referenskrav gäller
    Och slutsatsen krav_på_kreditbetyg gäller
    Och ger regeln PROP-12 inget fynd

  @godtagbart
  Scenario: Kraven ligger precis på gränsen och bara två av de fyra räknas
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 2 500 000 kr |
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 2                 |
      | tidsperiod_år | 3 år              |
    Och underlaget har ett kvalificeringskrav:
      | typ                    | "kreditupplysning" |
      | lägsta_riskklass       | 3                  |
      | annan_bevisning_godtas | ja                 |
    Och underlaget har ett kvalificeringskrav:
      | typ              | "certifiering" |
      | standard         | "ISO 9001"     |
      | eller_likvärdigt | ja             |
    När underlaget granskas
    Så ger regeln PROP-16 inget fynd
    Och slutsatsen omsättningskrav_över_årsvärdet gäller inte
    Och slutsatsen krävande_referenskrav gäller inte
    Och slutsatsen krav_på_kreditbetyg gäller
    Och slutsatsen krav_på_certifiering gäller

  @motiverad_avvikelse
  Scenario: Tre av de fyra kraven ställs och myndigheten har motiverat kraven i sin helhet
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 3                 |
      | tidsperiod_år | 3 år              |
    Och underlaget har ett kvalificeringskrav:
      | typ              | "certifiering" |
      | standard         | "ISO 27001"    |
      | eller_likvärdigt | ja             |
    Och underlaget har en motivering för PROP-16: "Driften av journalsystemet är samhällskritisk; kraven har prövats mot marknaden och minst sex leverantörer uppfyller dem."
    När underlaget granskas
    Så ger regeln PROP-16 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Antalet referensuppdrag går inte att läsa ut, och två av de andra kraven ställs
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | tidsperiod_år | 3 år              |
    Och underlaget har ett kvalificeringskrav:
      | typ              | "certifiering" |
      | standard         | "ISO 9001"     |
      | eller_likvärdigt | ja             |
    Och att kvalificeringskrav[1].antal inte är känt
    När underlaget granskas
    Så ger regeln PROP-16 utfallet "underlag saknas"
    Och fyndet för PROP-16 gäller fältet "kvalificeringskrav[1].antal"
    Och saknas uppgiften kvalificeringskrav[1].antal för PROP-16

  @okänd
  Scenario: Årsvärdet är okänt och avgör om omsättningskravet är det tredje kravet
    Givet att uppskattat_värde.per_år inte är känt
    Och underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 3                 |
      | tidsperiod_år | 3 år              |
    Och underlaget har ett kvalificeringskrav:
      | typ              | "certifiering" |
      | standard         | "ISO 9001"     |
      | eller_likvärdigt | ja             |
    När underlaget granskas
    Så ger regeln PROP-16 utfallet "underlag saknas"
    Och fyndet för PROP-16 gäller fältet "uppskattat_värde.per_år"
    Och saknas uppgiften uppskattat_värde.per_år för PROP-16

  @okänd
  Scenario: Tre av kraven är kända och räcker för varningen, fast kreditkravets riskklass är okänd
    Givet underlaget har ett kvalificeringskrav:
      | typ    | "omsättning" |
      | belopp | 4 000 000 kr |
    Och underlaget har ett kvalificeringskrav:
      | typ           | "referensuppdrag" |
      | antal         | 3                 |
      | tidsperiod_år | 3 år              |
    Och underlaget har ett kvalificeringskrav:
      | typ              | "certifiering" |
      | standard         | "ISO 9001"     |
      | eller_likvärdigt | ja             |
    Och underlaget har ett kvalificeringskrav:
      | typ                    | "kreditupplysning" |
      | annan_bevisning_godtas | ja                 |
    Och att kvalificeringskrav[3].lägsta_riskklass inte är känd
    När underlaget granskas
    Så ger regeln PROP-16 utfallet "varning"

  @okänd
  Scenario: Bara ett omsättningskrav ställs och dess belopp är okänt
    Givet underlaget har ett kvalificeringskrav:
      | typ         | "omsättning"                                       |
      | beskrivning | "Omsättningen ska motsvara uppdragets omfattning." |
    Och att kvalificeringskrav[0].belopp inte är känt
    När underlaget granskas
    Så ger regeln PROP-16 inget fynd

  @okänd
  Scenario: Kvalificeringskraven står i en bilaga som inte har lästs
    Givet att kvalificeringskrav inte är kända
    När underlaget granskas
    Så ger regeln PROP-16 utfallet "underlag saknas"
    Och fyndet för PROP-16 gäller fältet "kvalificeringskrav"
    Och saknas uppgiften kvalificeringskrav för PROP-16
