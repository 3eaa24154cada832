# language: sv
@AVT-07
Egenskap: AVT-07 Ramavtalets högsta värde eller kvantitet anges inte
  Annonsen eller upphandlingsdokumenten ska ange det högsta värde eller den
  högsta kvantitet som får avropas under ramavtalet (EU-domstolen, C-23/20).

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att ramavtal är ja
    Och att ramavtalet.avropsordning är "fasta villkor"

  @brist
  Scenario: Ett ramavtal utan tak
    När underlaget granskas
    Så ger regeln AVT-07 utfallet "fel"
    Och meddelandet för AVT-07 innehåller "varken det högsta värde eller den högsta kvantitet"
    Och fyndet för AVT-07 gäller fältet "ramavtalet.högsta_värde"

  @godtagbart
  Scenario: Ramavtalet har ett högsta värde
    Givet att ramavtalet.högsta_värde är 12 000 000 kr
    När underlaget granskas
    Så ger regeln AVT-07 inget fynd

  @godtagbart
  Scenario: Ramavtalet har en högsta kvantitet
    Givet att ramavtalet.högsta_kvantitet är "högst 40 000 konsulttimmar"
    När underlaget granskas
    Så ger regeln AVT-07 inget fynd

  @godtagbart
  Scenario: Upphandlingen leder inte till ett ramavtal
    Givet att ramavtal är nej
    Och att ramavtalet saknas
    När underlaget granskas
    Så ger regeln AVT-07 inget fynd

  Scenario: Underlaget beskriver inte ramavtalet
    Givet att ramavtalet saknas
    När underlaget granskas
    Så ger regeln AVT-07 utfallet "underlag saknas"
    Och saknas uppgiften ramavtalet.högsta_värde för AVT-07

  @okänd
  Scenario: Det högsta värdet är inte känt, och ingen högsta kvantitet anges
    Givet att ramavtalet.högsta_värde inte är känt
    När underlaget granskas
    Så ger regeln AVT-07 utfallet "underlag saknas"
    Och saknas uppgiften ramavtalet.högsta_värde för AVT-07

  @okänd
  Scenario: Det högsta värdet är inte känt men den högsta kvantiteten anges
    Givet att ramavtalet.högsta_värde inte är känt
    Och att ramavtalet.högsta_kvantitet är "högst 500 datorer"
    När underlaget granskas
    Så ger regeln AVT-07 inget fynd
