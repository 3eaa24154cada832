# language: sv
@LEV-22
Egenskap: LEV-22 Ingen eller en varningssignal: affären kan gå vidare
  Med ingen eller en varningssignal, och ingen med extra hög risk, kan affären
  gå vidare.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Inga signaler
    När leverantören granskas
    Så ger regeln LEV-22 utfallet "info"
    Och meddelandet för LEV-22 innehåller "ingen eller en varningssignal"
    Och är risknivån "ingen eller en varningssignal"

  @brist
  Scenario: Exakt en signal
    Givet att uppgiften status är "vilande"
    När leverantören granskas
    Så ger regeln LEV-22 utfallet "info"
    Och är risknivån "ingen eller en varningssignal"

  @godtagbart
  Scenario: Exakt två signaler
    Givet att uppgiften status är "vilande"
    Och att uppgiften företag_på_adressen är 20
    När leverantören granskas
    Så ger regeln LEV-22 inget fynd
    Och är risknivån "flera varningssignaler"

  @godtagbart
  Scenario: En c/o-adress ensam
    Givet att uppgiften adress.typ är "c/o"
    När leverantören granskas
    Så ger regeln LEV-22 inget fynd
    Och är risknivån "extra hög risk"

  @underlag_saknas
  Scenario: Ingen signal, men en signals uppgift är inte hämtad
    Givet att uppgiften registreringsdatum inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-22 utfallet "underlag saknas"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån ett minimum eftersom uppgiften registreringsdatum inte är hämtad
