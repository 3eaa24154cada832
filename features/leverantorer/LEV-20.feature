# language: sv
@LEV-20
Egenskap: LEV-20 Extra hög risk: fördjupad kontroll, undvik troligen affären
  En fetmarkerad signal i checklistan (box- eller c/o-adress, LEV-10) ger
  extra hög risk, ensam eller tillsammans med andra signaler. Andra signaler,
  hur många de än är, ger inte extra hög risk.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: En boxadress är den enda signalen
    Givet att uppgiften adress.typ är "box"
    När leverantören granskas
    Så ger regeln LEV-20 utfallet "varning"
    Och meddelandet för LEV-20 innehåller "box- eller c/o-adress"
    Och bygger fyndet för LEV-20 på uppgiften adress från "Bolagsverket" hämtad 2026-11-02
    Och slutsatsen extra_hög_risk gäller
    Och slutsatsen flera_varningssignaler gäller inte
    Och är risknivån "extra hög risk"
    Och ger regeln LEV-21 inget fynd
    Och ger regeln LEV-22 inget fynd

  @brist
  Scenario: En c/o-adress och två andra signaler
    Givet att uppgiften adress.typ är "c/o"
    Och att uppgiften verksamhetslokal är nej
    Och att uppgiften företag_med_liknande_namn är 3
    När leverantören granskas
    Så ger regeln LEV-20 utfallet "varning"
    Och slutsatsen flera_varningssignaler gäller
    Och är risknivån "extra hög risk"
    Och ger regeln LEV-21 inget fynd
    Och ger regeln LEV-22 inget fynd

  @brist
  Scenario: Extra hög risk är säker även när en annan signals uppgift inte är hämtad
    Givet att uppgiften adress.typ är "box"
    Och att uppgiften telefonnummer inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-20 utfallet "varning"
    Och är risknivån "extra hög risk"

  @godtagbart
  Scenario: Inga signaler
    När leverantören granskas
    Så ger regeln LEV-20 inget fynd
    Och slutsatsen extra_hög_risk gäller inte
    Och är risknivån "ingen eller en varningssignal"

  @godtagbart
  Scenario: Tre signaler men ingen fetmarkerad
    Givet att uppgiften verksamhetslokal är nej
    Och att uppgiften adressen_stämmer är nej
    Och att uppgiften status är "konkurs"
    När leverantören granskas
    Så ger regeln LEV-20 inget fynd
    Och är risknivån "flera varningssignaler"

  @okänd
  Scenario: Adressen är inte hämtad: risknivån är ett minimum
    Givet att uppgiften adress inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-20 utfallet "underlag saknas"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån ett minimum eftersom uppgiften adress inte är hämtad
