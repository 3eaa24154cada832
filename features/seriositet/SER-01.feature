# language: sv
@SER-01
Egenskap: SER-01 Underlaget ska ange hur de obligatoriska uteslutningsgrunderna kontrolleras
  Ovan tröskelvärdet ska en leverantör uteslutas om den är dömd för vissa brott
  eller inte har betalat skatter och socialförsäkringsavgifter (13 kap. 1–2 §§
  LOU). Underlaget bör säga att grunderna kontrolleras och hur, t.ex. genom
  sanningsförsäkran eller ESPD.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Underlaget säger ingenting om uteslutningsgrunderna
    Givet att uteslutningsgrunder saknas
    När underlaget granskas
    Så ger regeln SER-01 utfallet "varning"
    Och meddelandet för SER-01 innehåller "kontrolleras: uppgift saknas"
    Och fyndet för SER-01 gäller fältet "uteslutningsgrunder.obligatoriska_kontrolleras"

  @brist
  Scenario: Underlaget säger att grunderna kontrolleras men inte hur
    Givet underlaget har uteslutningsgrunder med:
      | obligatoriska_kontrolleras | ja |
    När underlaget granskas
    Så ger regeln SER-01 utfallet "varning"
    Och meddelandet för SER-01 innehåller "antal angivna sätt att kontrollera: 0"
    Och fyndet för SER-01 gäller fältet "uteslutningsgrunder.kontrolleras_genom"

  @brist
  Scenario: Underlaget begär sanningsförsäkran men säger att de obligatoriska grunderna inte kontrolleras
    Givet att uteslutningsgrunder.obligatoriska_kontrolleras är nej
    Och att uteslutningsgrunder.kontrolleras_genom är "sanningsförsäkran"
    När underlaget granskas
    Så ger regeln SER-01 utfallet "varning"
    Och meddelandet för SER-01 innehåller "kontrolleras: nej"

  @godtagbart
  Scenario: Grunderna kontrolleras med sanningsförsäkran och uppgifter från Skatteverket
    Givet att uteslutningsgrunder.obligatoriska_kontrolleras är ja
    Och att uteslutningsgrunder.kontrolleras_genom är "sanningsförsäkran", "uppgifter från Skatteverket"
    När underlaget granskas
    Så ger regeln SER-01 inget fynd

  @godtagbart
  Scenario: Under tröskelvärdet är grunderna frivilliga och regeln prövas inte
    Givet att regim är "19 kap."
    Och att förfarande är "öppet"
    Och att uppskattat_värde.totalt är 1 800 000 kr
    Och att uteslutningsgrunder saknas
    När underlaget granskas
    Så ger regeln SER-01 inget fynd

  @okänd
  Scenario: Underlaget begär ESPD, men det går inte att läsa ut om de obligatoriska grunderna kontrolleras
    Givet att uteslutningsgrunder.obligatoriska_kontrolleras inte är känt
    När underlaget granskas
    Så ger regeln SER-01 utfallet "underlag saknas"
    Och fyndet för SER-01 gäller fältet "uteslutningsgrunder.obligatoriska_kontrolleras"
    Och saknas uppgiften uteslutningsgrunder.obligatoriska_kontrolleras för SER-01

  @okänd
  Scenario: Det är okänt om grunderna kontrolleras, men underlaget anger inget sätt att kontrollera dem
    Givet underlaget har inga uteslutningsgrunder.kontrolleras_genom
    Och att uteslutningsgrunder.obligatoriska_kontrolleras inte är känt
    När underlaget granskas
    Så ger regeln SER-01 utfallet "varning"
    Och meddelandet för SER-01 innehåller "kontrolleras: okänt; antal angivna sätt att kontrollera: 0"

  @okänd
  Scenario: Regimen framgår inte och underlaget säger ingenting om uteslutningsgrunderna
    Givet att regim inte är känd
    Och att uteslutningsgrunder saknas
    När underlaget granskas
    Så ger regeln SER-01 utfallet "underlag saknas"
    Och fyndet för SER-01 gäller fältet "regim"
    Och saknas uppgiften regim för SER-01

  @okänd
  Scenario: Lagrummet framgår inte, men grunderna kontrolleras med ESPD
    Givet att lagrum inte är känt
    När underlaget granskas
    Så ger regeln SER-01 inget fynd
