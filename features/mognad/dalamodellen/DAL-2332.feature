# language: sv
@DAL-2332
Egenskap: DAL-2332 Organisationsövergripande funktioner: dialog och samverkan
  Dalamodellen, steg 2 Analys genom inblick, utblick och dialog, resurs- och kompetensperspektivet, nivån mycket tillfredsställande:
  ”Dialog och samverkan med organisationsövergripande funktioner såsom hållbarhet, kund-,
  medborgar- och brukarexperter, etc.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  info, och nivån mycket tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-2332 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-2332 utfallet "info"
    Och slutsatsen steg2_resurs_nivå2 gäller inte
    Och slutsatsen steg2_resurs_nivå1 gäller

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-2332 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-2332 utfallet "info"
    Och meddelandet för DAL-2332 innehåller "”delvis”"
    Och slutsatsen steg2_resurs_nivå2 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-2332 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-2332 inget fynd
    Och slutsatsen steg2_resurs_nivå2 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-2332 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-2332 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-2332" för DAL-2332
    Och kan slutsatsen steg2_resurs_nivå2 gälla
