# language: sv
@BEV-04
Egenskap: BEV-04 Miljökrav, i flertalet upphandlingar: självskattningen mot granskningens data
  Kriteriet DAL-3132: ”Ställer miljökrav i flertalet upphandlingar i synnerhet med stora volymer
  och stor klimat- och miljöpåverkan.” ”Flertalet upphandlingar” läses som mer än hälften av
  dem.
  I utgångsläget är alla kriterier uppfyllda och granskningen visar 100 % eller 5
  upphandlingar av varje slag, vilket stämmer med svaren.

  Bakgrund:
    Givet en organisation
    Och att granskningen omfattar 40 upphandlingar

  @brist
  Scenario: Självskattningen säger uppfyllt men data visar annat
    Givet att granskningens andel_miljökrav är 0
    När organisationen bedöms
    Så ger regeln BEV-04 utfallet "varning"
    Och meddelandet för BEV-04 innehåller "”uppfyllt” på DAL-3132"

  @brist
  Scenario: Självskattningen säger inte uppfyllt men data visar att det görs
    Givet att svaret på DAL-3132 är "inte"
    När organisationen bedöms
    Så ger regeln BEV-04 utfallet "varning"

  @godtagbart
  Scenario: Data stämmer med självskattningen
    När organisationen bedöms
    Så ger regeln BEV-04 inget fynd

  @godtagbart
  Scenario: Utan granskning prövas inget mot data
    Givet att det inte finns någon granskning
    Och att granskningens andel_miljökrav är 0
    När organisationen bedöms
    Så ger regeln BEV-04 inget fynd

  Scenario: Okända uppgifter i statistiken lämnar frågan öppen
    Givet att granskningens andel_miljökrav är mellan 30 och 70
    När organisationen bedöms
    Så ger regeln BEV-04 utfallet "bedömning krävs"

  @okänd
  Scenario: Organisationen vet inte, och data skulle motsäga ett inte uppfyllt
    Givet att svaret på DAL-3132 inte är känt
    När organisationen bedöms
    Så ger regeln BEV-04 utfallet "underlag saknas"
