# language: sv
@BEV-07
Egenskap: BEV-07 Upphandlingsförfarande, dynamiska inköpssystem: självskattningen mot granskningens data
  Kriteriet DAL-3312: ”Använder dynamiska inköpssystem.” Att organisationen använder det läses
  som minst en upphandling i granskningen.
  I utgångsläget är alla kriterier uppfyllda och granskningen visar 100 % eller 5
  upphandlingar av varje slag, vilket stämmer med svaren.

  Bakgrund:
    Givet en organisation
    Och att granskningen omfattar 40 upphandlingar

  @brist
  Scenario: Självskattningen säger uppfyllt men data visar annat
    Givet att granskningens antal_dynamiska_inköpssystem är 0
    När organisationen bedöms
    Så ger regeln BEV-07 utfallet "varning"
    Och meddelandet för BEV-07 innehåller "”uppfyllt” på DAL-3312"

  @brist
  Scenario: Självskattningen säger inte uppfyllt men data visar att det görs
    Givet att svaret på DAL-3312 är "inte"
    När organisationen bedöms
    Så ger regeln BEV-07 utfallet "varning"

  @godtagbart
  Scenario: Data stämmer med självskattningen
    När organisationen bedöms
    Så ger regeln BEV-07 inget fynd

  @godtagbart
  Scenario: Utan granskning prövas inget mot data
    Givet att det inte finns någon granskning
    Och att granskningens antal_dynamiska_inköpssystem är 0
    När organisationen bedöms
    Så ger regeln BEV-07 inget fynd

  Scenario: Okända uppgifter i statistiken lämnar frågan öppen
    Givet att granskningens antal_dynamiska_inköpssystem är mellan 0 och 3
    När organisationen bedöms
    Så ger regeln BEV-07 utfallet "bedömning krävs"

  @okänd
  Scenario: Organisationen vet inte, och data skulle motsäga ett inte uppfyllt
    Givet att svaret på DAL-3312 inte är känt
    När organisationen bedöms
    Så ger regeln BEV-07 utfallet "underlag saknas"
