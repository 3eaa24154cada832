# language: sv
@DAL-4211
Egenskap: DAL-4211 Nyckeltal (KPI): inför vissa upphandlingar
  Dalamodellen, steg 4 Uppföljning av kvalitet och effekt, verksamhetsperspektivet, nivån tillfredsställande:
  ”Har tagit fram nyckeltal (KPI) inför vissa upphandlingar för att mäta önskat ekonomiskt
  värde, kvalitativ förändring, hållbarhetsförflyttningar.”
  Ett kriterium som inte är uppfyllt (svaret inte eller delvis) ger utfallet
  varning, och nivån tillfredsställande nås då inte i steget och perspektivet.

  Bakgrund:
    Givet en organisation

  @brist
  Scenario: Kriteriet är inte uppfyllt
    Givet att svaret på DAL-4211 är "inte"
    När organisationen bedöms
    Så ger regeln DAL-4211 utfallet "varning"
    Och slutsatsen steg4_verksamhet_nivå1 gäller inte

  @brist
  Scenario: Kriteriet är delvis uppfyllt, vilket inte räcker för nivån
    Givet att svaret på DAL-4211 är "delvis"
    När organisationen bedöms
    Så ger regeln DAL-4211 utfallet "varning"
    Och meddelandet för DAL-4211 innehåller "”delvis”"
    Och slutsatsen steg4_verksamhet_nivå1 gäller inte

  @godtagbart
  Scenario: Kriteriet är uppfyllt
    Givet att svaret på DAL-4211 är "uppfyllt"
    När organisationen bedöms
    Så ger regeln DAL-4211 inget fynd
    Och slutsatsen steg4_verksamhet_nivå1 gäller

  @okänd
  Scenario: Organisationen vet inte
    Givet att svaret på DAL-4211 inte är känt
    När organisationen bedöms
    Så ger regeln DAL-4211 utfallet "underlag saknas"
    Och saknas uppgiften "DAL-4211" för DAL-4211
    Och kan slutsatsen steg4_verksamhet_nivå1 gälla
