# language: sv
@LEV-10
Egenskap: LEV-10 Varningssignal med extra hög risk: box- eller c/o-adress
  En box- eller c/o-adress är fetmarkerad i Ekobrottsmyndighetens checklista:
  redan en sådan signal ger extra hög risk (LEV-20).

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Leverantören har en c/o-adress
    Givet att uppgiften adress.typ är "c/o"
    När leverantören granskas
    Så ger regeln LEV-10 utfallet "info"
    Och meddelandet för LEV-10 innehåller "c/o-adress"
    Och är risknivån "extra hög risk"
    Och bygger fyndet för LEV-10 på uppgiften adress från "Bolagsverket" hämtad 2026-11-02

  @brist
  Scenario: Leverantören har en boxadress
    Givet att uppgiften adress.typ är "box"
    När leverantören granskas
    Så ger regeln LEV-10 utfallet "info"
    Och meddelandet för LEV-10 innehåller "box-adress"
    Och är risknivån "extra hög risk"

  @brist
  Scenario: En underleverantör har en boxadress
    Givet att leverantören har 1 led underleverantörer
    Och att underleverantören i led 1 har uppgiften adress.typ = "box"
    När leverantören granskas
    Så ger regeln LEV-10 inget fynd
    Och ger regeln LEV-10 för underleverantören i led 1 utfallet "info"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån för underleverantören i led 1 "extra hög risk"

  @godtagbart
  Scenario: Leverantören har en gatuadress
    När leverantören granskas
    Så ger regeln LEV-10 inget fynd
    Och slutsatsen signal_box_eller_co gäller inte
    Och är risknivån "ingen eller en varningssignal"

  @okänd
  Scenario: Adressen är inte hämtad
    Givet att uppgiften adress inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-10 utfallet "underlag saknas"
    Och är risknivån ett minimum eftersom uppgiften adress inte är hämtad
