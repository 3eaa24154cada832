# language: sv
@SER-07
Egenskap: SER-07 Rätt till insyn i alla underleverantörsled i en riskbransch
  Det finns ingen gräns för hur långt ner i leverantörskedjan myndigheten får
  begära uppgifter. I en riskbransch bör kontraktet ge rätt till insyn och
  uppföljning i alla led.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "90911200-8"

  @brist
  Scenario: Rätten till insyn gäller inte uttryckligen alla led
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | rätt_till_insyn | ja |
    När underlaget granskas
    Så ger regeln SER-07 utfallet "varning"
    Och meddelandet för SER-07 innehåller "alla led: uppgift saknas"
    Och fyndet för SER-07 gäller fältet "särskilda_kontraktsvillkor.underleverantörsvillkor.gäller_alla_led"

  @brist
  Scenario: Kontraktet ger ingen rätt till insyn
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | rätt_till_insyn | nej |
      | gäller_alla_led | ja  |
    När underlaget granskas
    Så ger regeln SER-07 utfallet "varning"
    Och meddelandet för SER-07 innehåller "rätt till insyn: nej"
    Och fyndet för SER-07 gäller fältet "särskilda_kontraktsvillkor.underleverantörsvillkor.rätt_till_insyn"

  @godtagbart
  Scenario: Myndigheten får begära uppgifter om och följa upp underleverantörer i alla led
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | rätt_till_insyn | ja |
      | gäller_alla_led | ja |
    När underlaget granskas
    Så ger regeln SER-07 inget fynd

  @godtagbart
  Scenario: Konsulttjänster är ingen riskbransch
    Givet att cpv_koder är "79000000-4"
    När underlaget granskas
    Så ger regeln SER-07 inget fynd

  @motiverad_avvikelse
  Scenario: Myndigheten har motiverat varför insynen bara gäller första ledet
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | rätt_till_insyn | ja  |
      | gäller_alla_led | nej |
      | begränsning_led | 1   |
    Och underlaget har en motivering för SER-07: "Bara ett led av underleverantörer tillåts, så insyn i första ledet omfattar hela kedjan."
    När underlaget granskas
    Så ger regeln SER-07 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Myndigheten får insyn, men det framgår inte om den gäller alla led
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | rätt_till_insyn | ja |
    Och att särskilda_kontraktsvillkor.underleverantörsvillkor.gäller_alla_led inte är känt
    När underlaget granskas
    Så ger regeln SER-07 utfallet "underlag saknas"
    Och fyndet för SER-07 gäller fältet "särskilda_kontraktsvillkor.underleverantörsvillkor.gäller_alla_led"
    Och saknas uppgiften särskilda_kontraktsvillkor.underleverantörsvillkor.gäller_alla_led för SER-07

  @okänd
  Scenario: Kontraktet ger ingen rätt till insyn, hur många led det än gäller
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | rätt_till_insyn | nej |
    Och att särskilda_kontraktsvillkor.underleverantörsvillkor.gäller_alla_led inte är känt
    När underlaget granskas
    Så ger regeln SER-07 utfallet "varning"
    Och meddelandet för SER-07 innehåller "rätt till insyn: nej; alla led: okänt"

  @okänd
  Scenario: CPV-koderna är inte kända, men kontraktet ger insyn i alla led
    Givet att cpv_koder inte är kända
    Och underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | rätt_till_insyn | ja |
      | gäller_alla_led | ja |
    När underlaget granskas
    Så ger regeln SER-07 inget fynd
