# language: sv
@BEV-05
Egenskap: BEV-05 Miljökrav, drivande krav i samtliga: självskattningen mot granskningens data
  Kriteriet DAL-3133: ”Ställer drivande klimat- och miljökrav i samtliga upphandlingar.”
  ”Samtliga upphandlingar” läses som alla. Att kraven är drivande syns inte i data: data kan
  motsäga ett uppfyllt kriterium (några upphandlingar saknar miljökrav) men inte bekräfta det,
  och ett svar som inte är uppfyllt prövas inte.
  I utgångsläget är alla kriterier uppfyllda och granskningen visar 100 % eller 5
  upphandlingar av varje slag, vilket stämmer med svaren.

  Bakgrund:
    Givet en organisation
    Och att granskningen omfattar 40 upphandlingar

  @brist
  Scenario: Självskattningen säger uppfyllt men data visar annat
    Givet att granskningens andel_miljökrav är 80
    När organisationen bedöms
    Så ger regeln BEV-05 utfallet "varning"
    Och meddelandet för BEV-05 innehåller "”uppfyllt” på DAL-3133"

  @godtagbart
  Scenario: Data stämmer med självskattningen
    När organisationen bedöms
    Så ger regeln BEV-05 inget fynd

  @godtagbart
  Scenario: Utan granskning prövas inget mot data
    Givet att det inte finns någon granskning
    Och att granskningens andel_miljökrav är 80
    När organisationen bedöms
    Så ger regeln BEV-05 inget fynd

  Scenario: Okända uppgifter i statistiken lämnar frågan öppen
    Givet att granskningens andel_miljökrav är mellan 60 och 100
    När organisationen bedöms
    Så ger regeln BEV-05 utfallet "bedömning krävs"

  @okänd
  Scenario: Organisationen vet inte, och data skulle motsäga ett uppfyllt
    Givet att svaret på DAL-3133 inte är känt
    Och att granskningens andel_miljökrav är 80
    När organisationen bedöms
    Så ger regeln BEV-05 utfallet "underlag saknas"
