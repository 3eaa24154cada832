# language: sv
@LEV-36
Egenskap: LEV-36 Fakultativ uteslutning: allvarligt fel i yrkesutövningen
  Regeln ber om en bedömning när leverantören eller en företrädare är dömd för
  ett brott utanför den obligatoriska listan, begånget för mindre än tre år
  sedan (regelreferensen X-10), eller när en nuvarande
  företrädare har näringsförbud.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenariomall: Lagakraftvunnen dom för <brott>
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"    |
      | gäller              | "företrädare" |
      | brott               | "<brott>"     |
      | lagakraftvunnen_dom | ja            |
      | datum               | 2025-06-01    |
      | händelsedatum       | 2024-09-10    |
    När leverantören granskas
    Så ger regeln LEV-36 utfallet "bedömning krävs"

    Exempel:
      | brott            |
      | skattebrott      |
      | arbetsmiljöbrott |
      | annat brott      |

  @brist
  Scenario: En nuvarande styrelseledamot har näringsförbud
    Givet uppgiften företrädare har ett element:
      | namn          | "Olle Ek"         |
      | roll          | "styrelseledamot" |
      | från          | 2024-01-15        |
      | näringsförbud | ja                |
    När leverantören granskas
    Så ger regeln LEV-36 utfallet "bedömning krävs"
    Och meddelandet för LEV-36 innehåller "näringsförbud"
    Och bygger fyndet för LEV-36 på uppgiften företrädare från "Bolagsverket" hämtad 2026-11-02

  @godtagbart
  Scenario: En tidigare styrelseledamot har näringsförbud
    Givet uppgiften företrädare har ett element:
      | namn          | "Olle Ek"         |
      | roll          | "styrelseledamot" |
      | från          | 2019-01-15        |
      | till          | 2024-01-31        |
      | näringsförbud | ja                |
    När leverantören granskas
    Så ger regeln LEV-36 inget fynd

  @godtagbart
  Scenario: Brottmålet om skattebrott har ingen lagakraftvunnen dom
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"    |
      | brott               | "skattebrott" |
      | lagakraftvunnen_dom | nej           |
    När leverantören granskas
    Så ger regeln LEV-36 inget fynd

  @godtagbart
  Scenario: En dom för ett brott i den obligatoriska listan prövas i LEV-30, inte här
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"     |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | datum               | 2025-06-01     |
      | händelsedatum       | 2024-09-10     |
    När leverantören granskas
    Så ger regeln LEV-36 inget fynd

  @godtagbart
  Scenario: Inga domar och inga näringsförbud
    När leverantören granskas
    Så ger regeln LEV-36 inget fynd

  @okänd
  Scenario: Företrädarna är inte hämtade
    Givet att uppgiften företrädare inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-36 utfallet "underlag saknas"

  @godtagbart
  Scenario: Skattebrottet begicks för mer än tre år sedan
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"    |
      | brott               | "skattebrott" |
      | lagakraftvunnen_dom | ja            |
      | datum               | 2024-03-01    |
      | händelsedatum       | 2022-05-01    |
    När leverantören granskas
    Så ger regeln LEV-36 inget fynd

  @okänd
  Scenario: Domen för skattebrott meddelades i år, men det framgår inte när brottet begicks
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag                | "brottmål"    |
      | brott               | "skattebrott" |
      | lagakraftvunnen_dom | ja            |
      | datum               | 2026-03-01    |
    Och att uppgiften rättsliga_förfaranden[0].händelsedatum inte är känd
    När leverantören granskas
    Så ger regeln LEV-36 utfallet "underlag saknas"
    Och fyndet för LEV-36 gäller fältet "rättsliga_förfaranden[0].händelsedatum"
