# language: sv
@BEV-03
Egenskap: BEV-03 Miljökrav, i vissa upphandlingar: självskattningen mot granskningens data
  Kriteriet DAL-3131: ”Ställer miljökrav i vissa upphandlingar i synnerhet med stora volymer och
  stor klimat- och miljöpåverkan.” ”Vissa upphandlingar” läses som minst en upphandling.
  I utgångsläget är alla kriterier uppfyllda och granskningen visar 100 % eller 5
  upphandlingar av varje slag, vilket stämmer med svaren.

  Bakgrund:
    Givet en organisation
    Och att granskningen omfattar 40 upphandlingar

  @brist
  Scenario: Självskattningen säger uppfyllt men data visar annat
    Givet att granskningens andel_miljökrav är 0
    När organisationen bedöms
    Så ger regeln BEV-03 utfallet "varning"
    Och meddelandet för BEV-03 innehåller "”uppfyllt” på DAL-3131"

  @brist
  Scenario: Självskattningen säger inte uppfyllt men data visar att det görs
    Givet att svaret på DAL-3131 är "inte"
    När organisationen bedöms
    Så ger regeln BEV-03 utfallet "varning"

  @godtagbart
  Scenario: Data stämmer med självskattningen
    När organisationen bedöms
    Så ger regeln BEV-03 inget fynd

  @godtagbart
  Scenario: Utan granskning prövas inget mot data
    Givet att det inte finns någon granskning
    Och att granskningens andel_miljökrav är 0
    När organisationen bedöms
    Så ger regeln BEV-03 inget fynd

  Scenario: Okända uppgifter i statistiken lämnar frågan öppen
    Givet att granskningens andel_miljökrav är mellan 0 och 40
    När organisationen bedöms
    Så ger regeln BEV-03 utfallet "bedömning krävs"

  @okänd
  Scenario: Organisationen vet inte, och data skulle motsäga ett inte uppfyllt
    Givet att svaret på DAL-3131 inte är känt
    När organisationen bedöms
    Så ger regeln BEV-03 utfallet "underlag saknas"
