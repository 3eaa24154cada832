# language: sv
@DAL-1413
Egenskap: DAL-1413 De viktigaste leverantörerna: involveras i utvecklingen
  Dalamodellen, steg 1 Strategisk inriktning, marknads- och leverantörsperspektivet, nivån excellent:
  ”Involverar leverantörer i arbetet med att utveckla organisationens inköps- och
  upphandlingsverksamhet.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån excellent nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1413 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1413 utfallet "info"
    Och slutsatsen steg1_marknad_nivå3 gäller inte
    Och slutsatsen steg1_marknad_nivå2 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1413 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1413 utfallet "info"
    Och meddelandet för DAL-1413 innehåller "”delvis”"
    Och slutsatsen steg1_marknad_nivå3 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1413 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1413 inget fynd
    Och slutsatsen steg1_marknad_nivå3 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1413 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1413 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1413" för DAL-1413
    Och kan slutsatsen steg1_marknad_nivå3 gälla
