# language: sv
@LEV-18
Egenskap: LEV-18 Varningssignal: Årsredovisningen kom inte in i tid
  En årsredovisning som inte kommer in i tid är en signal.
  Checklistans punkter i kategorin Ekonomi är inte bekräftade (regelreferensen
  X-37, säkerhet M); signalen är en indikation, inte ett bevis.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Den senaste årsredovisningen kom inte in i tid
    Givet att uppgiften årsredovisning_i_tid är nej
    När leverantören granskas
    Så ger regeln LEV-18 utfallet "info"
    Och meddelandet för LEV-18 innehåller "kom inte in i tid"
    Och bygger fyndet för LEV-18 på uppgiften årsredovisning_i_tid från "Bolagsverket" hämtad 2026-11-02

  @godtagbart
  Scenario: Den senaste årsredovisningen kom in i tid
    Givet att uppgiften årsredovisning_i_tid är ja
    När leverantören granskas
    Så ger regeln LEV-18 inget fynd
    Och slutsatsen signal_sen_årsredovisning gäller inte

  @okänd
  Scenario: Uppgiften är inte hämtad
    Givet att uppgiften årsredovisning_i_tid inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-18 utfallet "underlag saknas"
    Och fyndet för LEV-18 gäller fältet "årsredovisning_i_tid"
