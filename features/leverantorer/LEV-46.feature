# language: sv
@LEV-46
Egenskap: LEV-46 Reserverat kontrakt: leverantören har fått ett sådant kontrakt av myndigheten de senaste tre åren
  En organisation som har tilldelats ett kontrakt reserverat enligt 19 kap. 25 §
  LOU får inte tilldelas ett nytt för samma tjänster av samma myndighet inom tre
  år (regelreferensen X-22). Om tjänsterna är desamma måste en människa bedöma.
  Granskningsdagen är 2026-11-16.

  Bakgrund:
    Givet en leverantör
    Och att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens regim är "19 kap."
    Och att upphandlingens cpv_koder är "85312000-9"
    Och att upphandlingens reservation.slag är "19 kap. 25 §"

  @brist
  Scenario: Samma kommun tilldelade leverantören ett reserverat kontrakt för två år sedan
    Givet uppgiften reserverade_kontrakt har ett element:
      | myndighet | "2120000000"            |
      | tilldelat | 2024-11-01              |
      | tjänster  | "Daglig verksamhet"     |
    När leverantören granskas
    Så ger regeln LEV-46 utfallet "bedömning krävs"
    Och meddelandet för LEV-46 innehåller "för mindre än tre år sedan"

  @godtagbart
  Scenario: Det reserverade kontraktet tilldelades för mer än tre år sedan
    Givet uppgiften reserverade_kontrakt har ett element:
      | myndighet | "212000-0000" |
      | tilldelat | 2023-06-01    |
    När leverantören granskas
    Så ger regeln LEV-46 inget fynd

  @godtagbart
  Scenario: Det reserverade kontraktet tilldelades av en annan myndighet
    Givet uppgiften reserverade_kontrakt har ett element:
      | myndighet | "212000-2262" |
      | tilldelat | 2025-06-01    |
    När leverantören granskas
    Så ger regeln LEV-46 inget fynd

  @godtagbart
  Scenario: Upphandlingen är inte reserverad
    Givet att upphandlingens reservation saknas
    Och uppgiften reserverade_kontrakt har ett element:
      | myndighet | "212000-0000" |
      | tilldelat | 2025-06-01    |
    När leverantören granskas
    Så ger regeln LEV-46 inget fynd

  @okänd
  Scenario: Uppgiften om tidigare reserverade kontrakt är inte hämtad
    Givet att uppgiften reserverade_kontrakt inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-46 utfallet "underlag saknas"
    Och fyndet för LEV-46 gäller fältet "reserverade_kontrakt"

  @okänd
  Scenario: Det framgår inte när kontraktet från samma kommun tilldelades
    Givet uppgiften reserverade_kontrakt har ett element:
      | myndighet | "212000-0000" |
    Och att uppgiften reserverade_kontrakt[0].tilldelat inte är känd
    När leverantören granskas
    Så ger regeln LEV-46 utfallet "underlag saknas"
    Och fyndet för LEV-46 gäller fältet "reserverade_kontrakt[0].tilldelat"
