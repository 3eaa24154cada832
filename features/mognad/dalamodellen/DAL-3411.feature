# language: sv
@DAL-3411
Egenskap: DAL-3411 Hinder för leverantörer: undersöks
  Dalamodellen, steg 3 Upphandlingsmässiga överväganden, marknads- och leverantörsperspektivet, nivån tillfredsställande:
  ”Undersöker eventuella hinder för leverantörer att delta i vissa upphandlingar utifrån till
  exempel referensuppdrag, omfattning, leveransorter, etc.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-3411 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-3411 utfallet "varning"
    Och slutsatsen steg3_marknad_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-3411 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-3411 utfallet "varning"
    Och meddelandet för DAL-3411 innehåller "”delvis”"
    Och slutsatsen steg3_marknad_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-3411 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-3411 inget fynd
    Och slutsatsen steg3_marknad_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-3411 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-3411 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-3411" för DAL-3411
    Och kan slutsatsen steg3_marknad_nivå1 gälla
