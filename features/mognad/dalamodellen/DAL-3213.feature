# language: sv
@DAL-3213
Egenskap: DAL-3213 Kravställning: renodlade funktionsupphandlingar
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, verksamhetsperspektivet, nivån excellent:
  ”Genomför renodlade funktionsupphandlingar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3213 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3213 utfallet "info"
    Och slutsatsen steg3_verksamhet_nivå3 gäller inte
    Och slutsatsen steg3_verksamhet_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3213 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3213 utfallet "info"
    Och meddelandet för DAL-3213 innehåller "”delvis”"
    Och slutsatsen steg3_verksamhet_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3213 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3213 inget fynd
    Och slutsatsen steg3_verksamhet_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3213 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3213 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3213" för DAL-3213
    Och kan slutsatsen steg3_verksamhet_nivå3 gälla
