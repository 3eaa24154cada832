# language: sv
@SER-08
Egenskap: SER-08 Sanktions- och hävningsklausuler i en riskbransch
  Välformulerade sanktions- och hävningsklausuler gör det möjligt att agera när
  oegentligheter upptäcks. I en riskbransch varnar regeln när kontraktet saknar
  vite eller annan sanktion, eller rätt att häva avtalet.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "90911200-8"

  @brist
  Scenario: Kontraktet har varken sanktioner eller hävningsrätt
    När underlaget granskas
    Så ger regeln SER-08 utfallet "varning"
    Och meddelandet för SER-08 innehåller "vite: uppgift saknas"
    Och fyndet för SER-08 gäller fältet "särskilda_kontraktsvillkor.sanktioner.vite"

  @brist
  Scenario: Kontraktet har vite men ingen rätt att häva avtalet
    Givet underlaget har särskilda_kontraktsvillkor.sanktioner med:
      | vite    | ja  |
      | hävning | nej |
    När underlaget granskas
    Så ger regeln SER-08 utfallet "varning"
    Och meddelandet för SER-08 innehåller "hävning: nej"
    Och fyndet för SER-08 gäller fältet "särskilda_kontraktsvillkor.sanktioner.hävning"

  @godtagbart
  Scenario: Kontraktet har vite och rätt att häva avtalet
    Givet underlaget har särskilda_kontraktsvillkor.sanktioner med:
      | vite    | ja |
      | hävning | ja |
    När underlaget granskas
    Så ger regeln SER-08 inget fynd

  @godtagbart
  Scenario: Konsulttjänster är ingen riskbransch
    Givet att cpv_koder är "79000000-4"
    När underlaget granskas
    Så ger regeln SER-08 inget fynd

  @motiverad_avvikelse
  Scenario: Hävningsrätten följer av de allmänna bestämmelser som avtalet hänvisar till
    Givet att upphandlingsslag är "byggentreprenad"
    Och att cpv_koder är "45214200-2"
    Och underlaget har särskilda_kontraktsvillkor.sanktioner med:
      | vite | ja |
    Och underlaget har en motivering för SER-08: "Entreprenaden regleras av AB 04, vars bestämmelser om hävning gäller; därutöver gäller vite vid brott mot villkoren om underleverantörer."
    När underlaget granskas
    Så ger regeln SER-08 utfallet "motiverad avvikelse"

  @okänd
  Scenario: Kontraktet har vite, men hävningsrätten står i allmänna villkor som inte har lästs
    Givet underlaget har särskilda_kontraktsvillkor.sanktioner med:
      | vite | ja |
    Och att särskilda_kontraktsvillkor.sanktioner.hävning inte är känd
    När underlaget granskas
    Så ger regeln SER-08 utfallet "underlag saknas"
    Och fyndet för SER-08 gäller fältet "särskilda_kontraktsvillkor.sanktioner.hävning"
    Och saknas uppgiften särskilda_kontraktsvillkor.sanktioner.hävning för SER-08

  @okänd
  Scenario: Kontraktet saknar vite, vad det än säger om hävning
    Givet underlaget har särskilda_kontraktsvillkor.sanktioner med:
      | vite | nej |
    Och att särskilda_kontraktsvillkor.sanktioner.hävning inte är känd
    När underlaget granskas
    Så ger regeln SER-08 utfallet "varning"
    Och meddelandet för SER-08 innehåller "vite: nej; hävning: okänt"

  @okänd
  Scenario: CPV-koderna är inte kända och kontraktet har varken sanktioner eller hävningsrätt
    Givet att cpv_koder inte är kända
    När underlaget granskas
    Så ger regeln SER-08 utfallet "underlag saknas"
    Och fyndet för SER-08 gäller fältet "cpv_koder"
