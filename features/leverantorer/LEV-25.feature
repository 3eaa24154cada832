# language: sv
@LEV-25
Egenskap: LEV-25 Varningssignal: Täta ändringar i styrelsen
  Många ändringar av styrelse, VD eller firmateckning på ett år är en signal;
  gränsen är parametern många_styrelseändringar (3).
  Checklistans punkter i kategorin Bolagsverkets ärendeförteckning är inte bekräftade (regelreferensen
  X-37, säkerhet M); signalen är en indikation, inte ett bevis.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Tre ändringar på tolv månader
    Givet att uppgiften styrelseändringar_12_månader är 3
    När leverantören granskas
    Så ger regeln LEV-25 utfallet "info"
    Och meddelandet för LEV-25 innehåller "3 ändringar"
    Och bygger fyndet för LEV-25 på uppgiften styrelseändringar_12_månader från "Bolagsverket" hämtad 2026-11-02

  @godtagbart
  Scenario: Två ändringar på tolv månader
    Givet att uppgiften styrelseändringar_12_månader är 2
    När leverantören granskas
    Så ger regeln LEV-25 inget fynd
    Och slutsatsen signal_täta_styrelseändringar gäller inte

  @okänd
  Scenario: Uppgiften är inte hämtad
    Givet att uppgiften styrelseändringar_12_månader inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-25 utfallet "underlag saknas"
    Och fyndet för LEV-25 gäller fältet "styrelseändringar_12_månader"
