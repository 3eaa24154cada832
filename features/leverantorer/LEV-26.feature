# language: sv
@LEV-26
Egenskap: LEV-26 Varningssignal: Revisorn har bytts flera gånger
  Flera revisorsbyten på tre år är en signal; gränsen är parametern
  många_revisorsbyten (2).
  Checklistans punkter i kategorin Bolagsverkets ärendeförteckning är inte bekräftade (regelreferensen
  X-37, säkerhet M); signalen är en indikation, inte ett bevis.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Revisorn har bytts två gånger på tre år
    Givet att uppgiften revisorsbyten är 2
    När leverantören granskas
    Så ger regeln LEV-26 utfallet "info"
    Och meddelandet för LEV-26 innehåller "bytts 2 gånger"
    Och bygger fyndet för LEV-26 på uppgiften revisorsbyten från "Bolagsverket" hämtad 2026-11-02

  @godtagbart
  Scenario: Revisorn har bytts en gång på tre år
    Givet att uppgiften revisorsbyten är 1
    När leverantören granskas
    Så ger regeln LEV-26 inget fynd
    Och slutsatsen signal_revisorsbyten gäller inte

  @okänd
  Scenario: Uppgiften är inte hämtad
    Givet att uppgiften revisorsbyten inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-26 utfallet "underlag saknas"
    Och fyndet för LEV-26 gäller fältet "revisorsbyten"
