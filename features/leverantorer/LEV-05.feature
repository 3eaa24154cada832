# language: sv
@LEV-05
Egenskap: LEV-05 Varningssignal: finns på en varningslista
  T.ex. Svensk Handels Varningslista eller varningsinfo.se.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Företaget finns på Svensk Handels Varningslista
    Givet uppgiften varningslistor har ett element:
      | lista       | "Svensk Handels Varningslista"     |
      | datum       | 2026-05-04                         |
      | beskrivning | "Bluffakturor för annonsplatser"   |
    När leverantören granskas
    Så ger regeln LEV-05 utfallet "info"
    Och meddelandet för LEV-05 innehåller "Företaget finns på 1 varningslista"
    Och bygger fyndet för LEV-05 på uppgiften varningslistor från "varningslista (Svensk Handels Varningslista)" hämtad 2026-11-02

  @godtagbart
  Scenario: Företaget finns inte på någon varningslista
    När leverantören granskas
    Så ger regeln LEV-05 inget fynd
    Och slutsatsen signal_varningslista gäller inte

  @godtagbart
  Scenario: Varningslistan har frågats och har inget om företaget
    Givet att uppgiften varningslistor saknas i källan
    När leverantören granskas
    Så ger regeln LEV-05 inget fynd

  @okänd
  Scenario: Varningslistorna är inte kontrollerade
    Givet att uppgiften varningslistor inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-05 utfallet "underlag saknas"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån säker: en enda okänd signal kan inte ge flera varningssignaler
