# language: sv
@AVT-08
Egenskap: AVT-08 Det framgår inte hur kontrakt tilldelas under ramavtalet
  Upphandlingsdokumenten ska ange hur kontrakt tilldelas under ramavtalet: på
  ramavtalets fasta villkor, efter förnyad konkurrensutsättning, eller båda.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att ramavtal är ja
    Och att ramavtalet.högsta_värde är 12 000 000 kr

  @brist
  Scenario: Ett ramavtal med flera leverantörer utan avropsordning
    När underlaget granskas
    Så ger regeln AVT-08 utfallet "fel"
    Och meddelandet för AVT-08 innehåller "anger inte hur kontrakt tilldelas"
    Och fyndet för AVT-08 gäller fältet "ramavtalet.avropsordning"

  @godtagbart
  Scenario: Avrop görs enligt rangordning på fasta villkor
    Givet att ramavtalet.avropsordning är "fasta villkor"
    När underlaget granskas
    Så ger regeln AVT-08 inget fynd

  @godtagbart
  Scenario: Avrop görs på fasta villkor eller efter förnyad konkurrensutsättning
    Givet att ramavtalet.avropsordning är "fasta villkor och förnyad konkurrensutsättning"
    När underlaget granskas
    Så ger regeln AVT-08 inget fynd

  @okänd
  Scenario: Det är inte känt hur avrop görs
    Givet att ramavtalet.avropsordning inte är känd
    När underlaget granskas
    Så ger regeln AVT-08 utfallet "underlag saknas"
    Och saknas uppgiften ramavtalet.avropsordning för AVT-08
