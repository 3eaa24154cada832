# language: sv
@SER-02
Egenskap: SER-02 Egna uteslutningsgrunder under tröskelvärdet ska stå i upphandlingsdokumenten
  Under tröskelvärdet får myndigheten utesluta leverantörer på egna grunder som
  visar att leverantören är olämplig, men bara om grunderna anges i
  upphandlingsdokumenten (19 kap. 17 § LOU).

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uppskattat_värde.per_år är 600 000 kr

  @brist
  Scenario: En egen grund står bara i kommunens riktlinjer
    Givet underlaget har ett element i uteslutningsgrunder.egna:
      | beskrivning                        | "Leverantören har fått sanktionsavgift från Arbetsmiljöverket under de senaste två åren" |
      | angiven_i_upphandlingsdokumenten   | nej                                                                                      |
    När underlaget granskas
    Så ger regeln SER-02 utfallet "fel"
    Och meddelandet för SER-02 innehåller "sanktionsavgift från Arbetsmiljöverket"
    Och fyndet för SER-02 gäller fältet "uteslutningsgrunder.egna[0].angiven_i_upphandlingsdokumenten"

  @brist
  Scenario: Av två egna grunder står den ena i upphandlingsdokumenten och den andra inte
    Givet underlaget har ett element i uteslutningsgrunder.egna:
      | beskrivning                      | "Leverantören saknar F-skatt" |
      | angiven_i_upphandlingsdokumenten | ja                            |
    Och underlaget har ett element i uteslutningsgrunder.egna:
      | beskrivning                      | "Leverantören har skulder hos Kronofogden" |
      | angiven_i_upphandlingsdokumenten | nej                                        |
    När underlaget granskas
    Så ger regeln SER-02 1 fynd
    Och meddelandet för SER-02 innehåller "skulder hos Kronofogden"
    Och fyndet för SER-02 gäller fältet "uteslutningsgrunder.egna[1].angiven_i_upphandlingsdokumenten"

  @brist
  Scenario: En bilaga 2-tjänst följer också 19 kap.
    Givet att regim är "19 kap."
    Och att bilaga_2_tjänst är ja
    Och underlaget har ett element i uteslutningsgrunder.egna:
      | beskrivning                      | "Leverantören har fått sanktionsavgift från IVO" |
      | angiven_i_upphandlingsdokumenten | nej                                              |
    När underlaget granskas
    Så ger regeln SER-02 utfallet "fel"

  @godtagbart
  Scenario: Den egna grunden står i upphandlingsdokumenten
    Givet underlaget har ett element i uteslutningsgrunder.egna:
      | beskrivning                      | "Leverantören har fått sanktionsavgift från Arbetsmiljöverket under de senaste två åren" |
      | angiven_i_upphandlingsdokumenten | ja                                                                                       |
    När underlaget granskas
    Så ger regeln SER-02 inget fynd

  @okänd
  Scenario: Det går inte att se om den egna grunden står i upphandlingsdokumenten
    Givet underlaget har ett element i uteslutningsgrunder.egna:
      | beskrivning                      | "Leverantören har fått sanktionsavgift från Arbetsmiljöverket under de senaste två åren" |
      | angiven_i_upphandlingsdokumenten | nej                                                                                      |
    Och att uteslutningsgrunder.egna[0].angiven_i_upphandlingsdokumenten inte är känd
    När underlaget granskas
    Så ger regeln SER-02 utfallet "underlag saknas"
    Och fyndet för SER-02 gäller fältet "uteslutningsgrunder.egna[0].angiven_i_upphandlingsdokumenten"
    Och saknas uppgiften uteslutningsgrunder.egna[0].angiven_i_upphandlingsdokumenten för SER-02

  @okänd
  Scenario: Myndighetens egna uteslutningsgrunder står i riktlinjer som inte har lästs
    Givet att uteslutningsgrunder.egna inte är kända
    När underlaget granskas
    Så ger regeln SER-02 utfallet "underlag saknas"
    Och fyndet för SER-02 gäller fältet "uteslutningsgrunder.egna"
    Och saknas uppgiften uteslutningsgrunder.egna för SER-02

  @okänd
  Scenario: De egna grunderna är okända, men upphandlingen är direktivstyrd
    Givet att regim är "direktivstyrd"
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 10 000 000 kr
    Och att uppskattat_värde.per_år är 2 500 000 kr
    Och att uteslutningsgrunder.egna inte är kända
    När underlaget granskas
    Så ger regeln SER-02 inget fynd

  @okänd
  Scenario: Regimen framgår inte och den egna grunden står bara i riktlinjerna
    Givet att regim inte är känd
    Och underlaget har ett element i uteslutningsgrunder.egna:
      | beskrivning                      | "Leverantören har skulder hos Kronofogden" |
      | angiven_i_upphandlingsdokumenten | nej                                        |
    När underlaget granskas
    Så ger regeln SER-02 utfallet "underlag saknas"
    Och fyndet för SER-02 gäller fältet "regim"
