# language: sv
@LEV-45
Egenskap: LEV-45 En underleverantör har högre risk eller en obligatorisk uteslutningsgrund
  Varje underleverantör granskas för sig. Har någon av dem, i vilket led som
  helst, flera varningssignaler, extra hög risk eller en obligatorisk
  uteslutningsgrund, säger regeln det om leverantören, och leverantörens
  samlade risknivå blir den högsta i kedjan.

  Bakgrund:
    Givet en leverantör
    Och att leverantören har 2 led underleverantörer

  @brist
  Scenario: Underleverantören i led 2 har en box-adress
    Givet att underleverantören i led 2 har uppgiften adress.typ = "box"
    När leverantören granskas
    Så ger regeln LEV-45 utfallet "varning"
    Och är risknivån "ingen eller en varningssignal"
    Och är den samlade risknivån "extra hög risk"
    Och ger regeln LEV-22 inget fynd

  @brist
  Scenario: Underleverantören i led 1 är dömd för penningtvätt
    Givet underleverantören i led 1 har i uppgiften rättsliga_förfaranden ett element:
      | slag                | "brottmål"     |
      | brott               | "penningtvätt" |
      | lagakraftvunnen_dom | ja             |
      | lagakraft_datum     | 2025-01-20     |
    När leverantören granskas
    Så ger regeln LEV-45 utfallet "varning"
    Och meddelandet för LEV-45 innehåller "obligatorisk uteslutningsgrund (ja)"

  @godtagbart
  Scenario: Underleverantörerna har ingen eller en signal var
    Givet att underleverantören i led 1 har uppgiften status = "vilande"
    Och att underleverantören i led 2 har uppgiften företag_med_liknande_namn = 1
    När leverantören granskas
    Så ger regeln LEV-45 inget fynd
    Och är den samlade risknivån "ingen eller en varningssignal"

  @okänd
  Scenario: En underleverantörs uppgifter räcker inte för att avgöra dess risknivå
    Givet att underleverantören i led 1 har uppgiften status = "vilande"
    Och att uppgiften registreringsdatum för underleverantören i led 1 inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-45 utfallet "underlag saknas"
    Och fyndet för LEV-45 gäller fältet "underleverantörer"
