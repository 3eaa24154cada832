# language: sv
@SER-09
Egenskap: SER-09 Plan för avtalsuppföljning i en riskbransch
  Krav och villkor ska följas upp löpande under hela avtalstiden. I en
  riskbransch varnar regeln när underlaget inte säger hur avtalet följs upp,
  hur ofta och vem som ansvarar.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "90911200-8"

  @brist
  Scenario: Underlaget har ingen plan för avtalsuppföljning
    När underlaget granskas
    Så ger regeln SER-09 utfallet "varning"
    Och meddelandet för SER-09 innehåller "hur: uppgift saknas"
    Och fyndet för SER-09 gäller fältet "avtalsuppföljning.beskrivning"

  @brist
  Scenario: Planen säger inte vem som ansvarar
    Givet underlaget har avtalsuppföljning med:
      | beskrivning | "Kontroll av lönespecifikationer, personalliggare och underleverantörer" |
      | frekvens    | "kvartalsvis"                                                            |
    När underlaget granskas
    Så ger regeln SER-09 utfallet "varning"
    Och meddelandet för SER-09 innehåller "ansvarig: uppgift saknas"
    Och fyndet för SER-09 gäller fältet "avtalsuppföljning.ansvarig"

  @godtagbart
  Scenario: Planen säger vad som kontrolleras, hur ofta och vem som ansvarar
    Givet underlaget har avtalsuppföljning med:
      | beskrivning | "Kontroll av lönespecifikationer, personalliggare och underleverantörer" |
      | frekvens    | "kvartalsvis"                                                            |
      | ansvarig    | "Avtalsförvaltare på kommunens upphandlingsenhet"                        |
    När underlaget granskas
    Så ger regeln SER-09 inget fynd

  @godtagbart
  Scenario: Konsulttjänster är ingen riskbransch
    Givet att cpv_koder är "79000000-4"
    När underlaget granskas
    Så ger regeln SER-09 inget fynd

  @okänd
  Scenario: Planen säger hur och hur ofta, men det går inte att läsa ut vem som ansvarar
    Givet underlaget har avtalsuppföljning med:
      | beskrivning | "Kontroll av lönespecifikationer, personalliggare och underleverantörer" |
      | frekvens    | "kvartalsvis"                                                            |
    Och att avtalsuppföljning.ansvarig inte är känd
    När underlaget granskas
    Så ger regeln SER-09 utfallet "underlag saknas"
    Och fyndet för SER-09 gäller fältet "avtalsuppföljning.ansvarig"
    Och saknas uppgiften avtalsuppföljning.ansvarig för SER-09

  @okänd
  Scenario: Ansvarig är okänd, men planen säger inte hur ofta uppföljningen görs
    Givet underlaget har avtalsuppföljning med:
      | beskrivning | "Kontroll av lönespecifikationer, personalliggare och underleverantörer" |
    Och att avtalsuppföljning.ansvarig inte är känd
    När underlaget granskas
    Så ger regeln SER-09 utfallet "varning"
    Och meddelandet för SER-09 innehåller "hur ofta: uppgift saknas; ansvarig: okänt"

  @okänd
  Scenario: CPV-koderna är inte kända, men planen för avtalsuppföljning är fullständig
    Givet att cpv_koder inte är kända
    Och underlaget har avtalsuppföljning med:
      | beskrivning | "Kontroll av lönespecifikationer, personalliggare och underleverantörer" |
      | frekvens    | "kvartalsvis"                                                            |
      | ansvarig    | "Avtalsförvaltare på kommunens upphandlingsenhet"                        |
    När underlaget granskas
    Så ger regeln SER-09 inget fynd
