# language: sv
@SER-06
Egenskap: SER-06 Ingen begränsning av underleverantörer i en riskbransch
  Myndigheten får kräva att bara en del av kontraktet utförs av
  underleverantörer. LOU har ingen gräns för antalet led, så en begränsning är
  tillåten men aldrig ett krav; regeln påminner om möjligheten i en riskbransch.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "90911200-8"

  @brist
  Scenario: Underlaget begränsar varken andelen eller antalet led
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | ska_namnges | ja |
    När underlaget granskas
    Så ger regeln SER-06 utfallet "info"
    Och meddelandet för SER-06 innehåller "riskbransch (lokalvård)"
    Och fyndet för SER-06 gäller fältet "särskilda_kontraktsvillkor.underleverantörsvillkor.högsta_andel_procent"

  @godtagbart
  Scenario: Högst hälften av kontraktet får utföras av underleverantörer
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | högsta_andel_procent | 50 |
    När underlaget granskas
    Så ger regeln SER-06 inget fynd

  @godtagbart
  Scenario: Bara ett led av underleverantörer tillåts
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | begränsning_led | 1 |
    När underlaget granskas
    Så ger regeln SER-06 inget fynd

  @godtagbart
  Scenario: Konsulttjänster är ingen riskbransch
    Givet att cpv_koder är "79000000-4"
    När underlaget granskas
    Så ger regeln SER-06 inget fynd

  @motiverad_avvikelse
  Scenario: Myndigheten har valt att inte begränsa underleverantörerna
    Givet underlaget har en motivering för SER-06: "Marknadsdialogen visade att mindre städföretag behöver samarbeta som underleverantörer för att kunna lämna anbud; kedjan följs i stället upp i alla led."
    När underlaget granskas
    Så ger regeln SER-06 utfallet "motiverad avvikelse"

  @okänd
  Scenario: CPV-koderna är inte kända och underleverantörerna begränsas inte
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SER-06 utfallet "underlag saknas"
    Och fyndet för SER-06 gäller fältet "cpv_koder"
    Och saknas uppgiften cpv_koder för SER-06

  @okänd
  Scenario: Det går inte att läsa ut hur stor andel som får läggas ut, och antalet led begränsas inte
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | ska_namnges | ja |
    Och att särskilda_kontraktsvillkor.underleverantörsvillkor.högsta_andel_procent inte är känd
    När underlaget granskas
    Så ger regeln SER-06 utfallet "underlag saknas"
    Och fyndet för SER-06 gäller fältet "särskilda_kontraktsvillkor.underleverantörsvillkor.högsta_andel_procent"

  @okänd
  Scenario: Andelen som får läggas ut är okänd, men bara ett led av underleverantörer tillåts
    Givet underlaget har särskilda_kontraktsvillkor.underleverantörsvillkor med:
      | begränsning_led | 1 |
    Och att särskilda_kontraktsvillkor.underleverantörsvillkor.högsta_andel_procent inte är känd
    När underlaget granskas
    Så ger regeln SER-06 inget fynd
