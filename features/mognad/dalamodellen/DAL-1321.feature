# language: sv
@DAL-1321
Egenskap: DAL-1321 Kategoristyrning: planeras inom ett år
  Dalamodellen, steg 1 Strategisk inriktning, resurs- och kompetensperspektivet, nivån tillfredsställande:
  ”Planerar att införa kategoristyrning under det kommande året. Med kategoristyrning avses en
  anpassning till den egna organisationens förutsättningar, d.v.s. för en liten organisation är
  troligen ”kategoristyrning light” en ändamålsenlig väg.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-1321 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-1321 utfallet "varning"
    Och slutsatsen steg1_resurs_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-1321 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-1321 utfallet "varning"
    Och meddelandet för DAL-1321 innehåller "”delvis”"
    Och slutsatsen steg1_resurs_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-1321 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-1321 inget fynd
    Och slutsatsen steg1_resurs_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-1321 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-1321 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-1321" för DAL-1321
    Och kan slutsatsen steg1_resurs_nivå1 gälla
