# language: sv
@SER-11
Egenskap: SER-11 Hanteringen av onormalt låga anbud beskrivs inte i en riskbransch
  Skyldigheten att begära en förklaring uppstår först när ett anbud verkar
  onormalt lågt, så lagen kräver ingen beskrivning i underlaget. I en
  riskbransch är det ändå god praxis att i förväg säga hur sådana anbud hanteras.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "90911200-8"

  @brist
  Scenario: En upphandling av lokalvård säger inget om onormalt låga anbud
    När underlaget granskas
    Så ger regeln SER-11 utfallet "varning"
    Och meddelandet för SER-11 innehåller "riskbransch (lokalvård)"
    Och fyndet för SER-11 gäller fältet "onormalt_låga_anbud.hantering"

  @brist
  Scenario: Ett delkontrakt avser byggarbeten
    Givet att cpv_koder är "79000000-4"
    Och underlaget har ett delkontrakt:
      | namn      | "Ombyggnad av entré"         |
      | cpv_koder | "45210000-2", "45310000-3"   |
    När underlaget granskas
    Så ger regeln SER-11 utfallet "varning"
    Och meddelandet för SER-11 innehåller "riskbransch (bygg och anläggning)"

  @godtagbart
  Scenario: Underlaget beskriver hur onormalt låga anbud granskas
    Givet underlaget har onormalt_låga_anbud med:
      | hantering         | "Anbud vars timpris understiger kollektivavtalets lönekostnad granskas; leverantören får förklara priset inom fem arbetsdagar." |
      | förklaring_begärs | ja                                                                                                                            |
    När underlaget granskas
    Så ger regeln SER-11 inget fynd

  @godtagbart
  Scenario: Konsulttjänster är ingen riskbransch
    Givet att cpv_koder är "79000000-4"
    När underlaget granskas
    Så ger regeln SER-11 inget fynd

  @okänd
  Scenario: Det går inte att läsa ut hur onormalt låga anbud hanteras
    Givet att onormalt_låga_anbud.hantering inte är känd
    När underlaget granskas
    Så ger regeln SER-11 utfallet "underlag saknas"
    Och fyndet för SER-11 gäller fältet "onormalt_låga_anbud.hantering"
    Och saknas uppgiften onormalt_låga_anbud.hantering för SER-11

  @okänd
  Scenario: CPV-koderna är inte kända och underlaget säger inget om onormalt låga anbud
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SER-11 utfallet "underlag saknas"
    Och fyndet för SER-11 gäller fältet "cpv_koder"
    Och saknas uppgiften cpv_koder för SER-11

  @okänd
  Scenario: CPV-koderna är inte kända, men underlaget beskriver hanteringen
    Givet att cpv_koder inte är kända
    Och underlaget har onormalt_låga_anbud med:
      | hantering         | "Leverantören får förklara priset inom fem arbetsdagar." |
      | förklaring_begärs | ja                                                       |
    När underlaget granskas
    Så ger regeln SER-11 inget fynd
