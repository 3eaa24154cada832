# language: sv
@LEV-01
Egenskap: LEV-01 Varningssignal: nystartat företag
  Ett företag som registrerades mindre än två år (730 dagar, parametern
  nystartat_företag) före granskningsdagen är nystartat. Granskningsdagen är
  2026-11-16, så gränsen går vid 2024-11-16.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Företaget registrerades 729 dagar före granskningen
    Givet att uppgiften registreringsdatum är 2024-11-17
    När leverantören granskas
    Så ger regeln LEV-01 utfallet "info"
    Och meddelandet för LEV-01 innehåller "2024-11-17"
    Och bygger fyndet för LEV-01 på uppgiften registreringsdatum från "Bolagsverket" hämtad 2026-11-02
    Och är risknivån "ingen eller en varningssignal"

  @godtagbart
  Scenario: Företaget registrerades exakt 730 dagar före granskningen
    Givet att uppgiften registreringsdatum är 2024-11-16
    När leverantören granskas
    Så ger regeln LEV-01 inget fynd
    Och slutsatsen signal_nystartat gäller inte

  @godtagbart
  Scenario: Ett äldre företag blir nystartat när granskningsdagen flyttas bakåt
    Givet att uppgiften registreringsdatum är 2024-11-16
    Och att granskningsdagen är 2026-11-15
    När leverantören granskas
    Så ger regeln LEV-01 utfallet "info"
    Och slutsatsen signal_nystartat gäller

  @okänd
  Scenario: Registreringsdatumet är inte hämtat
    Givet att uppgiften registreringsdatum inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-01 utfallet "underlag saknas"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån säker: en enda okänd signal kan inte ge flera varningssignaler
