# language: sv
@LEV-02
Egenskap: LEV-02 Varningssignal: flera företag med liknande namn
  Redan ett annat företag med liknande namn är en signal.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Ett annat företag har ett liknande namn
    Givet att uppgiften företag_med_liknande_namn är 1
    När leverantören granskas
    Så ger regeln LEV-02 utfallet "info"
    Och meddelandet för LEV-02 innehåller "Det finns 1 andra företag med liknande namn."
    Och slutsatsen signal_liknande_namn gäller

  @godtagbart
  Scenario: Inget annat företag har ett liknande namn
    Givet att uppgiften företag_med_liknande_namn är 0
    När leverantören granskas
    Så ger regeln LEV-02 inget fynd
    Och slutsatsen signal_liknande_namn gäller inte

  @okänd
  Scenario: Uppgiften om liknande namn är inte hämtad
    Givet att uppgiften företag_med_liknande_namn inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-02 utfallet "underlag saknas"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån säker: en enda okänd signal kan inte ge flera varningssignaler
