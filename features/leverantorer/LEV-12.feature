# language: sv
@LEV-12
Egenskap: LEV-12 Varningssignal: notorisk adress
  En adress där minst 20 företag är registrerade (parametern
  många_företag_på_adressen) räknas som notorisk.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Exakt 20 företag har samma adress
    Givet att uppgiften företag_på_adressen är 20
    När leverantören granskas
    Så ger regeln LEV-12 utfallet "info"
    Och meddelandet för LEV-12 innehåller "20 företag har samma adress, gränsen är 20"

  @godtagbart
  Scenario: 19 företag har samma adress
    Givet att uppgiften företag_på_adressen är 19
    När leverantören granskas
    Så ger regeln LEV-12 inget fynd
    Och slutsatsen signal_notorisk_adress gäller inte

  @okänd
  Scenario: Antalet företag på adressen är inte hämtat
    Givet att uppgiften företag_på_adressen inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-12 utfallet "underlag saknas"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån säker: en enda okänd signal kan inte ge flera varningssignaler
