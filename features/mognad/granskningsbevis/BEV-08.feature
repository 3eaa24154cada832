# language: sv
@BEV-08
Egenskap: BEV-08 Upphandlingsförfarande, förhandlat förfarande, dialog eller innovationspartnerskap: självskattningen mot granskningens data
  Kriteriet DAL-3313: ”Använder exempelvis förhandlat förfarande, konkurrenspräglad dialog eller
  innovationspartnerskap för att upphandla nya eller anpassade lösningar.” Att organisationen
  använder det läses som minst en upphandling i granskningen.
  I utgångsläget är alla kriterier uppfyllda och granskningen visar 100 % eller 5
  upphandlingar av varje slag, vilket stämmer med svaren.

  Bakgrund:
    Givet en organisation
    Och att granskningen omfattar 40 upphandlingar

  @brist
  Scenario: Självskattningen säger uppfyllt men data visar annat
    Givet att granskningens antal_dialogförfaranden är 0
    När organisationen bedöms
    Så ger regeln BEV-08 utfallet "varning"
    Och meddelandet för BEV-08 innehåller "”uppfyllt” på DAL-3313"

  @brist
  Scenario: Självskattningen säger inte uppfyllt men data visar att det görs
    Givet att svaret på DAL-3313 är "inte"
    När organisationen bedöms
    Så ger regeln BEV-08 utfallet "varning"

  @godtagbart
  Scenario: Data stämmer med självskattningen
    När organisationen bedöms
    Så ger regeln BEV-08 inget fynd

  @godtagbart
  Scenario: Utan granskning prövas inget mot data
    Givet att det inte finns någon granskning
    Och att granskningens antal_dialogförfaranden är 0
    När organisationen bedöms
    Så ger regeln BEV-08 inget fynd

  Scenario: Okända uppgifter i statistiken lämnar frågan öppen
    Givet att granskningens antal_dialogförfaranden är mellan 0 och 3
    När organisationen bedöms
    Så ger regeln BEV-08 utfallet "bedömning krävs"

  @okänd
  Scenario: Organisationen vet inte, och data skulle motsäga ett inte uppfyllt
    Givet att svaret på DAL-3313 inte är känt
    När organisationen bedöms
    Så ger regeln BEV-08 utfallet "underlag saknas"
