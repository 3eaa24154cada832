# language: sv
@LEV-10 @LEV-20
Egenskap: LEV-10 och LEV-20 Box- eller c/o-adress ger extra hög risk
  En box- eller c/o-adress är fetmarkerad i Ekobrottsmyndighetens checklista:
  redan en sådan signal ger extra hög risk.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Leverantören har en c/o-adress
    Givet att uppgiften adress.typ är "c/o"
    När leverantören granskas
    Så ger regeln LEV-10 utfallet "info"
    Och ger regeln LEV-20 utfallet "varning"
    Och är risknivån "extra hög risk"
    Och bygger fyndet för LEV-10 på uppgiften adress från "Bolagsverket" hämtad 2026-11-02

  @godtagbart
  Scenario: Leverantören har en gatuadress
    När leverantören granskas
    Så ger regeln LEV-10 inget fynd
    Och ger regeln LEV-20 inget fynd
    Och ger regeln LEV-22 utfallet "info"
    Och är risknivån "ingen eller en varningssignal"
