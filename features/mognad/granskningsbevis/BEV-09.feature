# language: sv
@BEV-09
Egenskap: BEV-09 Dialog med marknaden, innovationsupphandlingar: självskattningen mot granskningens data
  Kriteriet DAL-2423: ”Genomför innovationsupphandlingar i samverkan med leverantörer.” Att
  organisationen genomför sådana upphandlingar läses som minst en i granskningen.
  I utgångsläget är alla kriterier uppfyllda och granskningen visar 100 % eller 5
  upphandlingar av varje slag, vilket stämmer med svaren.

  Bakgrund:
    Givet en organisation
    Och att granskningen omfattar 40 upphandlingar

  @brist
  Scenario: Självskattningen säger uppfyllt men data visar annat
    Givet att granskningens antal_innovationsupphandlingar är 0
    När organisationen bedöms
    Så ger regeln BEV-09 utfallet "varning"
    Och meddelandet för BEV-09 innehåller "”uppfyllt” på DAL-2423"

  @brist
  Scenario: Självskattningen säger inte uppfyllt men data visar att det görs
    Givet att svaret på DAL-2423 är "inte"
    När organisationen bedöms
    Så ger regeln BEV-09 utfallet "varning"

  @godtagbart
  Scenario: Data stämmer med självskattningen
    När organisationen bedöms
    Så ger regeln BEV-09 inget fynd

  @godtagbart
  Scenario: Utan granskning prövas inget mot data
    Givet att det inte finns någon granskning
    Och att granskningens antal_innovationsupphandlingar är 0
    När organisationen bedöms
    Så ger regeln BEV-09 inget fynd

  Scenario: Okända uppgifter i statistiken lämnar frågan öppen
    Givet att granskningens antal_innovationsupphandlingar är mellan 0 och 3
    När organisationen bedöms
    Så ger regeln BEV-09 utfallet "bedömning krävs"

  @okänd
  Scenario: Organisationen vet inte, och data skulle motsäga ett inte uppfyllt
    Givet att svaret på DAL-2423 inte är känt
    När organisationen bedöms
    Så ger regeln BEV-09 utfallet "underlag saknas"
