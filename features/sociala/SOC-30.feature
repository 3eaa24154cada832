# language: sv
@SOC-30
Egenskap: SOC-30 Tillgänglighet beaktas inte i de tekniska specifikationerna
  När det som anskaffas ska användas av personer ska de tekniska
  specifikationerna ta hänsyn till tillgänglighet för personer med
  funktionsnedsättning, utom i vederbörligen motiverade fall.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Ett e-tjänstsystem för invånarna utan krav på tillgänglighet
    Givet underlaget har tillgänglighet med:
      | används_av_personer | ja  |
      | beaktas             | nej |
    När underlaget granskas
    Så ger regeln SOC-30 utfallet "fel"
    Och meddelandet för SOC-30 innehåller "tar inte hänsyn till tillgänglighet"
    Och fyndet för SOC-30 gäller fältet "tillgänglighet.beaktas"

  @godtagbart
  Scenario: Specifikationerna ställer krav på tillgänglighet
    Givet underlaget har tillgänglighet med:
      | används_av_personer | ja |
      | beaktas             | ja |
    När underlaget granskas
    Så ger regeln SOC-30 inget fynd

  @godtagbart
  Scenario: Det som anskaffas används inte av personer
    Givet underlaget har tillgänglighet med:
      | används_av_personer | nej |
    När underlaget granskas
    Så ger regeln SOC-30 inget fynd

  @motiverad_avvikelse
  Scenario: Det är vederbörligen motiverat att inte ställa krav på tillgänglighet
    Givet underlaget har tillgänglighet med:
      | används_av_personer | ja  |
      | beaktas             | nej |
    Och underlaget har en motivering för SOC-30: "Utrustningen är en reservdel som bara monteras av tillverkarens tekniker."
    När underlaget granskas
    Så ger regeln SOC-30 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Det framgår inte om det som anskaffas ska användas av personer
    Givet underlaget har tillgänglighet med:
      | beaktas | nej |
    Och att tillgänglighet.används_av_personer inte är känt
    När underlaget granskas
    Så ger regeln SOC-30 utfallet "underlag saknas"
    Och saknas uppgiften tillgänglighet.används_av_personer för SOC-30

  Scenario: Underlaget säger inget om tillgänglighet
    Givet att tillgänglighet saknas
    När underlaget granskas
    Så ger regeln SOC-30 utfallet "underlag saknas"
    Och saknas uppgiften tillgänglighet.används_av_personer för SOC-30

  @okänd
  Scenario: Det som anskaffas används av personer, men det framgår inte om specifikationerna beaktar tillgänglighet
    Givet underlaget har tillgänglighet med:
      | används_av_personer | ja |
    Och att tillgänglighet.beaktas inte är känt
    När underlaget granskas
    Så ger regeln SOC-30 utfallet "underlag saknas"
    Och saknas uppgiften tillgänglighet.beaktas för SOC-30

  Scenario: Underlaget anger vem som använder det som anskaffas men inte om specifikationerna beaktar tillgänglighet
    Givet underlaget har tillgänglighet med:
      | används_av_personer | ja |
    När underlaget granskas
    Så ger regeln SOC-30 utfallet "underlag saknas"
    Och saknas uppgiften tillgänglighet.beaktas för SOC-30

  @okänd
  Scenario: Specifikationerna beaktar tillgänglighet, så det spelar ingen roll vem som använder det som anskaffas
    Givet att tillgänglighet.används_av_personer inte är känt
    När underlaget granskas
    Så ger regeln SOC-30 inget fynd
