# language: sv
@LEV-04
Egenskap: LEV-04 Varningssignal: negativ status
  Varje annan status än aktivt är negativ, t.ex. konkurs, likvidation eller
  avregistrering.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenariomall: Företaget har en negativ status
    Givet att uppgiften status är "<status>"
    När leverantören granskas
    Så ger regeln LEV-04 utfallet "info"
    Och meddelandet för LEV-04 innehåller "Företagets status är <status>."

    Exempel:
      | status                 |
      | konkurs                |
      | likvidation            |
      | ackord                 |
      | företagsrekonstruktion |
      | avregistrerat          |
      | vilande                |

  @godtagbart
  Scenario: Företaget är aktivt
    Givet att uppgiften status är "aktivt"
    När leverantören granskas
    Så ger regeln LEV-04 inget fynd
    Och slutsatsen signal_negativ_status gäller inte

  @okänd
  Scenario: Statusen är inte hämtad
    Givet att uppgiften status inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-04 utfallet "underlag saknas"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån säker: en enda okänd signal kan inte ge flera varningssignaler
