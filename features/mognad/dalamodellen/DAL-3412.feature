# language: sv
@DAL-3412
Egenskap: DAL-3412 Hinder för leverantörer: kravspecifikationer som inte utestänger
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, marknads- och leverantörsperspektivet, nivån mycket tillfredsställande:
  ”Arbetar aktivt med kravspecifikationer för att inte utestänga leverantörer från att delta i
  upphandlingar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3412 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3412 utfallet "info"
    Och slutsatsen steg3_marknad_nivå2 gäller inte
    Och slutsatsen steg3_marknad_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3412 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3412 utfallet "info"
    Och meddelandet för DAL-3412 innehåller "”delvis”"
    Och slutsatsen steg3_marknad_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3412 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3412 inget fynd
    Och slutsatsen steg3_marknad_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3412 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3412 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3412" för DAL-3412
    Och kan slutsatsen steg3_marknad_nivå2 gälla
