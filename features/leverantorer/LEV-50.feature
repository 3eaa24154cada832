# language: sv
@LEV-50
Egenskap: LEV-50 Inaktuell uppgift
  En uppgift som hämtades mer än 90 dagar (parametern
  uppgifternas_högsta_ålder) före granskningsdagen kan ha ändrats.
  Granskningsdagen är 2026-11-16; 90 dagar före är 2026-08-18.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Telefonnumret hämtades 91 dagar före granskningen
    Givet att uppgiften telefonnummer hämtades 2026-08-17
    När leverantören granskas
    Så ger regeln LEV-50 utfallet "info"
    Och ger regeln LEV-50 1 fynd
    Och meddelandet för LEV-50 innehåller "Uppgiften ”telefonnummer” hämtades 2026-08-17 från Bolagsverket"

  @brist
  Scenario: Två gamla uppgifter ger ett fynd var
    Givet att uppgiften status hämtades 2025-11-16
    Och att uppgiften f_skatt hämtades 2026-01-10
    När leverantören granskas
    Så ger regeln LEV-50 2 fynd
    Och meddelandet för LEV-50 innehåller "Uppgiften ”status” hämtades 2025-11-16"
    Och meddelandet för LEV-50 innehåller "Uppgiften ”f_skatt” hämtades 2026-01-10 från Skatteverket"

  @brist
  Scenario: En uppgift blir inaktuell när granskningsdagen flyttas fram en dag
    Givet att uppgiften telefonnummer hämtades 2026-08-18
    Och att granskningsdagen är 2026-11-17
    När leverantören granskas
    Så ger regeln LEV-50 utfallet "info"

  @godtagbart
  Scenario: Telefonnumret hämtades exakt 90 dagar före granskningen
    Givet att uppgiften telefonnummer hämtades 2026-08-18
    När leverantören granskas
    Så ger regeln LEV-50 inget fynd

  @godtagbart
  Scenario: Alla uppgifter hämtades två veckor före granskningen
    När leverantören granskas
    Så ger regeln LEV-50 inget fynd

  @okänd
  Scenario: Telefonnumret är inte hämtat: en uppgift som saknas är inte inaktuell
    Givet att uppgiften telefonnummer inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-50 inget fynd

  @okänd
  Scenario: Telefonnumret är inte hämtat och statusen hämtades för ett år sedan
    Givet att uppgiften telefonnummer inte är hämtad
    Och att uppgiften status hämtades 2025-11-16
    När leverantören granskas
    Så ger regeln LEV-50 utfallet "info"
    Och ger regeln LEV-50 1 fynd
    Och meddelandet för LEV-50 innehåller "Uppgiften ”status” hämtades 2025-11-16"
