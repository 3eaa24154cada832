# language: sv
@BEV-01
Egenskap: BEV-01 Sociala krav och reserverade upphandlingar, i vissa upphandlingar: självskattningen mot granskningens data
  Kriteriet DAL-3121: ”Använder reserverade upphandlingar, ställer krav på arbetsrättsliga
  villkor eller sysselsättningskrav i vissa upphandlingar.” ”Vissa upphandlingar” läses som
  minst en upphandling.
  I utgångsläget är alla kriterier uppfyllda och granskningen visar 100 % eller 5
  upphandlingar av varje slag, vilket stämmer med svaren.

  Bakgrund:
    Givet en organisation
    Och att granskningen omfattar 40 upphandlingar

  @brist
  Scenario: Självskattningen säger uppfyllt men data visar annat
    Givet att granskningens andel_sociala_krav är 0
    När organisationen bedöms
    Så ger regeln BEV-01 utfallet "varning"
    Och meddelandet för BEV-01 innehåller "”uppfyllt” på DAL-3121"

  @brist
  Scenario: Självskattningen säger inte uppfyllt men data visar att det görs
    Givet att svaret på DAL-3121 är "inte"
    När organisationen bedöms
    Så ger regeln BEV-01 utfallet "varning"

  @godtagbart
  Scenario: Data stämmer med självskattningen
    När organisationen bedöms
    Så ger regeln BEV-01 inget fynd

  @godtagbart
  Scenario: Utan granskning prövas inget mot data
    Givet att det inte finns någon granskning
    Och att granskningens andel_sociala_krav är 0
    När organisationen bedöms
    Så ger regeln BEV-01 inget fynd

  Scenario: Okända uppgifter i statistiken lämnar frågan öppen
    Givet att granskningens andel_sociala_krav är mellan 0 och 40
    När organisationen bedöms
    Så ger regeln BEV-01 utfallet "bedömning krävs"

  @okänd
  Scenario: Organisationen vet inte, och data skulle motsäga ett inte uppfyllt
    Givet att svaret på DAL-3121 inte är känt
    När organisationen bedöms
    Så ger regeln BEV-01 utfallet "underlag saknas"
