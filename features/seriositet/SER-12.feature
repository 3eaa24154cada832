# language: sv
@SER-12
Egenskap: SER-12 Ett onormalt lågt anbud får inte förkastas utan att leverantören får förklara
  Innan ett anbud som verkar onormalt lågt förkastas ska myndigheten begära en
  förklaring av priset eller kostnaderna (16 kap. 7 § LOU). Ett underlag som
  säger att sådana anbud förkastas utan förklaring är fel.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Underlaget säger att anbud under en viss nivå förkastas direkt
    Givet underlaget har onormalt_låga_anbud med:
      | hantering         | "Anbud med ett timpris under 250 kr förkastas." |
      | förklaring_begärs | nej                                             |
    När underlaget granskas
    Så ger regeln SER-12 utfallet "fel"
    Och meddelandet för SER-12 innehåller "förklaring begärs: nej"
    Och fyndet för SER-12 gäller fältet "onormalt_låga_anbud.förklaring_begärs"

  @brist
  Scenario: Samma sak enligt LUF
    Givet att lagrum är "LUF"
    Och underlaget har onormalt_låga_anbud med:
      | förklaring_begärs | nej |
    När underlaget granskas
    Så ger regeln SER-12 utfallet "fel"

  @godtagbart
  Scenario: Leverantören får förklara priset innan anbudet prövas vidare
    Givet underlaget har onormalt_låga_anbud med:
      | hantering         | "Leverantören får förklara priset inom fem arbetsdagar." |
      | förklaring_begärs | ja                                                       |
    När underlaget granskas
    Så ger regeln SER-12 inget fynd

  @godtagbart
  Scenario: Underlaget säger inget om onormalt låga anbud
    Givet att onormalt_låga_anbud saknas
    När underlaget granskas
    Så ger regeln SER-12 inget fynd

  @okänd
  Scenario: Hanteringen beskrivs, men det går inte att läsa ut om leverantören får förklara priset
    Givet underlaget har onormalt_låga_anbud med:
      | hantering | "Anbud med ett timpris under 250 kr granskas särskilt." |
    Och att onormalt_låga_anbud.förklaring_begärs inte är känt
    När underlaget granskas
    Så ger regeln SER-12 utfallet "underlag saknas"
    Och fyndet för SER-12 gäller fältet "onormalt_låga_anbud.förklaring_begärs"
    Och saknas uppgiften onormalt_låga_anbud.förklaring_begärs för SER-12

  @okänd
  Scenario: Lagrummet framgår inte och anbud under en viss nivå förkastas utan förklaring
    Givet att lagrum inte är känt
    Och underlaget har onormalt_låga_anbud med:
      | hantering         | "Anbud med ett timpris under 250 kr förkastas." |
      | förklaring_begärs | nej                                             |
    När underlaget granskas
    Så ger regeln SER-12 utfallet "underlag saknas"
    Och fyndet för SER-12 gäller fältet "lagrum"
    Och saknas uppgiften lagrum för SER-12

  @okänd
  Scenario: Lagrummet framgår inte, men leverantören får förklara priset
    Givet att lagrum inte är känt
    Och underlaget har onormalt_låga_anbud med:
      | hantering         | "Leverantören får förklara priset inom fem arbetsdagar." |
      | förklaring_begärs | ja                                                       |
    När underlaget granskas
    Så ger regeln SER-12 inget fynd
