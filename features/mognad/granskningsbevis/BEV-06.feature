# language: sv
@BEV-06
Egenskap: BEV-06 Upphandlingssamverkan, i enstaka upphandlingar: självskattningen mot granskningens data
  Kriteriet DAL-1331: ”Samverkar med andra kommuner och upphandlande enheter i enstaka
  upphandlingar för att dra nytta av gemensamma resurser och kompetens.” ”Enstaka upphandlingar”
  läses som minst en upphandling.
  I utgångsläget är alla kriterier uppfyllda och granskningen visar 100 % eller 5
  upphandlingar av varje slag, vilket stämmer med svaren.

  Bakgrund:
    Givet en organisation
    Och att granskningen omfattar 40 upphandlingar

  @brist
  Scenario: Självskattningen säger uppfyllt men data visar annat
    Givet att granskningens andel_samordnade är 0
    När organisationen bedöms
    Så ger regeln BEV-06 utfallet "varning"
    Och meddelandet för BEV-06 innehåller "”uppfyllt” på DAL-1331"

  @brist
  Scenario: Självskattningen säger inte uppfyllt men data visar att det görs
    Givet att svaret på DAL-1331 är "inte"
    När organisationen bedöms
    Så ger regeln BEV-06 utfallet "varning"

  @godtagbart
  Scenario: Data stämmer med självskattningen
    När organisationen bedöms
    Så ger regeln BEV-06 inget fynd

  @godtagbart
  Scenario: Utan granskning prövas inget mot data
    Givet att det inte finns någon granskning
    Och att granskningens andel_samordnade är 0
    När organisationen bedöms
    Så ger regeln BEV-06 inget fynd

  Scenario: Okända uppgifter i statistiken lämnar frågan öppen
    Givet att granskningens andel_samordnade är mellan 0 och 40
    När organisationen bedöms
    Så ger regeln BEV-06 utfallet "bedömning krävs"

  @okänd
  Scenario: Organisationen vet inte, och data skulle motsäga ett inte uppfyllt
    Givet att svaret på DAL-1331 inte är känt
    När organisationen bedöms
    Så ger regeln BEV-06 utfallet "underlag saknas"
