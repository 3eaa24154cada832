# language: sv
@LEV-34
Egenskap: LEV-34 Fakultativ uteslutning: konkurs, likvidation eller ackord
  Myndigheten får utesluta en leverantör i konkurs eller likvidation, med
  ackord eller i ett liknande förfarande (företagsrekonstruktion).

  Bakgrund:
    Givet en leverantör

  @brist
  Scenariomall: Leverantören har status <status>
    Givet att uppgiften status är "<status>"
    När leverantören granskas
    Så ger regeln LEV-34 utfallet "bedömning krävs"
    Och meddelandet för LEV-34 innehåller "Leverantörens status är <status>"

    Exempel:
      | status                 |
      | konkurs                |
      | likvidation            |
      | ackord                 |
      | företagsrekonstruktion |

  @godtagbart
  Scenariomall: Status <status> är ingen grund enligt 13 kap. 3 § 2
    Givet att uppgiften status är "<status>"
    När leverantören granskas
    Så ger regeln LEV-34 inget fynd

    Exempel:
      | status        |
      | aktivt        |
      | avregistrerat |
      | vilande       |

  @okänd
  Scenario: Statusen är inte hämtad
    Givet att uppgiften status inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-34 utfallet "underlag saknas"
