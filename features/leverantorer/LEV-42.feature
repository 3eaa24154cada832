# language: sv
@LEV-42
Egenskap: LEV-42 Personal ska utföra uppdraget men leverantören är inte registrerad som arbetsgivare
  Tjänster och byggentreprenader utförs av personal; då behöver leverantören
  vara registrerad som arbetsgivare hos Skatteverket. För varor prövas det inte.
  LEV-15:s beskrivning kallade den här regeln LEV-27; den koden är spärrad
  (rules/utgangna_koder.yaml) och används aldrig för en annan regel.

  Bakgrund:
    Givet en leverantör
    Och att leverantören granskas mot ett förfrågningsunderlag

  @brist
  Scenariomall: Upphandlingen gäller <slag> och leverantören är inte arbetsgivare
    Givet att upphandlingens upphandlingsslag är "<slag>"
    Och att uppgiften arbetsgivarregistrerad är nej
    När leverantören granskas
    Så ger regeln LEV-42 utfallet "varning"
    Och meddelandet för LEV-42 innehåller "Upphandlingen gäller <slag>"
    Och bygger fyndet för LEV-42 på uppgiften arbetsgivarregistrerad från "Skatteverket" hämtad 2026-11-02

    Exempel:
      | slag            |
      | tjänster        |
      | byggentreprenad |

  @brist
  Scenario: Skatteverket har ingen uppgift om arbetsgivarregistrering
    Givet att upphandlingens upphandlingsslag är "tjänster"
    Och att uppgiften arbetsgivarregistrerad saknas i källan
    När leverantören granskas
    Så ger regeln LEV-42 utfallet "varning"

  @godtagbart
  Scenario: Tjänster och leverantören är registrerad som arbetsgivare
    Givet att upphandlingens upphandlingsslag är "tjänster"
    Och att uppgiften arbetsgivarregistrerad är ja
    När leverantören granskas
    Så ger regeln LEV-42 inget fynd

  @godtagbart
  Scenario: Varor kräver inte att leverantören är arbetsgivare
    Givet att upphandlingens upphandlingsslag är "varor"
    Och att uppgiften arbetsgivarregistrerad är nej
    När leverantören granskas
    Så ger regeln LEV-42 inget fynd

  @okänd
  Scenario: Arbetsgivarregistreringen är inte hämtad
    Givet att upphandlingens upphandlingsslag är "tjänster"
    Och att uppgiften arbetsgivarregistrerad inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-42 utfallet "underlag saknas"

  @godtagbart
  Scenario: Registreringen är inte hämtad, men för varor spelar den ingen roll
    Givet att upphandlingens upphandlingsslag är "varor"
    Och att uppgiften arbetsgivarregistrerad inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-42 inget fynd
