# language: sv
@BEV-02
Egenskap: BEV-02 Sociala krav och reserverade upphandlingar, i flertalet upphandlingar: självskattningen mot granskningens data
  Kriteriet DAL-3122: ”Använder reserverade upphandlingar, ställer krav på arbetsrättsliga
  villkor eller sysselsättningskrav i flertalet upphandlingar.” ”Flertalet upphandlingar” läses
  som mer än hälften av dem.
  I utgångsläget är alla kriterier uppfyllda och granskningen visar 100 % eller 5
  upphandlingar av varje slag, vilket stämmer med svaren.

  Bakgrund:
    Givet en organisation
    Och att granskningen omfattar 40 upphandlingar

  @brist
  Scenario: Självskattningen säger uppfyllt men data visar annat
    Givet att granskningens andel_sociala_krav är 0
    När organisationen bedöms
    Så ger regeln BEV-02 utfallet "varning"
    Och meddelandet för BEV-02 innehåller "”uppfyllt” på DAL-3122"

  @brist
  Scenario: Självskattningen säger inte uppfyllt men data visar att det görs
    Givet att svaret på DAL-3122 är "inte"
    När organisationen bedöms
    Så ger regeln BEV-02 utfallet "varning"

  @godtagbart
  Scenario: Data stämmer med självskattningen
    När organisationen bedöms
    Så ger regeln BEV-02 inget fynd

  @godtagbart
  Scenario: Utan granskning prövas inget mot data
    Givet att det inte finns någon granskning
    Och att granskningens andel_sociala_krav är 0
    När organisationen bedöms
    Så ger regeln BEV-02 inget fynd

  Scenario: Okända uppgifter i statistiken lämnar frågan öppen
    Givet att granskningens andel_sociala_krav är mellan 30 och 70
    När organisationen bedöms
    Så ger regeln BEV-02 utfallet "bedömning krävs"

  @okänd
  Scenario: Organisationen vet inte, och data skulle motsäga ett inte uppfyllt
    Givet att svaret på DAL-3122 inte är känt
    När organisationen bedöms
    Så ger regeln BEV-02 utfallet "underlag saknas"
