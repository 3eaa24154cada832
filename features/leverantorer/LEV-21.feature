# language: sv
@LEV-21
Egenskap: LEV-21 Flera varningssignaler: fördjupad granskning före beslut
  Två signaler räcker för flera varningssignaler. Har leverantören en signal
  med extra hög risk gäller LEV-20 i stället.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Exakt två signaler
    Givet att uppgiften verksamhetslokal är nej
    Och att uppgiften företag_med_liknande_namn är 1
    När leverantören granskas
    Så ger regeln LEV-21 utfallet "bedömning krävs"
    Och meddelandet för LEV-21 innehåller "flera varningssignaler"
    Och slutsatsen flera_varningssignaler gäller
    Och är risknivån "flera varningssignaler"
    Och ger regeln LEV-20 inget fynd
    Och ger regeln LEV-22 inget fynd

  @brist
  Scenario: Tre signaler
    Givet att uppgiften telefonnummer saknas i källan
    Och att uppgiften registreringsdatum är 2025-09-01
    Och att uppgiften företag_på_adressen är 35
    När leverantören granskas
    Så ger regeln LEV-21 utfallet "bedömning krävs"
    Och är risknivån "flera varningssignaler"

  @brist
  Scenario: Två signaler i kategorin Juridik ur samma uppgift
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag | "brottmål" |
    Och uppgiften rättsliga_förfaranden har ett element:
      | slag | "ekonomisk tvist" |
    När leverantören granskas
    Så ger regeln LEV-21 utfallet "bedömning krävs"
    Och är risknivån "flera varningssignaler"

  @brist
  Scenario: Två signaler hos en underleverantör men inga hos leverantören
    Givet att leverantören har 2 led underleverantörer
    Och att underleverantören i led 2 har uppgiften verksamhetslokal = nej
    Och att underleverantören i led 2 har uppgiften adressen_stämmer = nej
    När leverantören granskas
    Så ger regeln LEV-21 för underleverantören i led 2 utfallet "bedömning krävs"
    Och är risknivån för underleverantören i led 2 "flera varningssignaler"
    Och är risknivån för underleverantören i led 1 "ingen eller en varningssignal"
    Och är risknivån "ingen eller en varningssignal"

  @godtagbart
  Scenario: Exakt en signal
    Givet att uppgiften verksamhetslokal är nej
    När leverantören granskas
    Så ger regeln LEV-21 inget fynd
    Och slutsatsen flera_varningssignaler gäller inte
    Och är risknivån "ingen eller en varningssignal"

  @godtagbart
  Scenario: Inga signaler
    När leverantören granskas
    Så ger regeln LEV-21 inget fynd
    Och är risknivån "ingen eller en varningssignal"

  @godtagbart
  Scenario: En boxadress och en annan signal ger extra hög risk, inte flera signaler
    Givet att uppgiften adress.typ är "box"
    Och att uppgiften verksamhetslokal är nej
    När leverantören granskas
    Så ger regeln LEV-21 inget fynd
    Och slutsatsen flera_varningssignaler gäller
    Och är risknivån "extra hög risk"

  @okänd
  Scenario: En signal och en ohämtad uppgift som kunde ge en andra signal
    Givet att uppgiften verksamhetslokal är nej
    Och att uppgiften adressen_stämmer inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-21 utfallet "underlag saknas"
    Och är risknivån "ingen eller en varningssignal"
    Och är risknivån ett minimum eftersom uppgiften adressen_stämmer inte är hämtad


  @brist
  Scenario: Två signaler avgör, fast en tredje signals uppgift inte är hämtad
    Givet att uppgiften verksamhetslokal är nej
    Och att uppgiften företag_med_liknande_namn är 1
    Och att uppgiften adressen_stämmer inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-21 utfallet "bedömning krävs"
    Och slutsatsen flera_varningssignaler gäller
    Och är risknivån "flera varningssignaler"
    Och är risknivån säker: en tredje signal ändrar inte nivån

  @brist
  Scenario: Två signaler i kategorin Ekonomi
    Givet att uppgiften betalningsanmärkningar är 2
    Och att uppgiften årsredovisning_i_tid är nej
    När leverantören granskas
    Så ger regeln LEV-21 utfallet "bedömning krävs"
    Och är risknivån "flera varningssignaler"
    Och slutsatsen två_signaler_i_ekonomi gäller

  @brist
  Scenario: En signal under Företaget och en under Bolagsverkets ärendeförteckning
    Givet att uppgiften f_skatt är nej
    Och att uppgiften revisorsbyten är 2
    När leverantören granskas
    Så ger regeln LEV-21 utfallet "bedömning krävs"
    Och är risknivån "flera varningssignaler"

  @brist
  Scenario: En stark signal räcker: personalintensiv städning utan registrering som arbetsgivare
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens cpv_koder är "90911200-8"
    Och att uppgiften arbetsgivarregistrerad är nej
    När leverantören granskas
    Så ger regeln LEV-21 utfallet "bedömning krävs"
    Och är risknivån "flera varningssignaler"
    Och slutsatsen stark_signal_utan_arbetsgivarregistrering gäller

  @godtagbart
  Scenario: Utan registrering som arbetsgivare, men arbetet är inte personalintensivt: en signal
    Givet att leverantören granskas mot ett förfrågningsunderlag
    Och att upphandlingens utförande.personalintensivt är nej
    Och att uppgiften arbetsgivarregistrerad är nej
    När leverantören granskas
    Så ger regeln LEV-21 inget fynd
    Och är risknivån "ingen eller en varningssignal"

  @okänd
  Scenario: En signal, och det framgår inte om en ny företrädare varit med om konkurser
    Givet att uppgiften f_skatt är nej
    Och uppgiften företrädare har ett element:
      | namn          | "Olle Ek"                |
      | roll          | "verkställande direktör" |
      | från          | 2026-02-01               |
      | andra_uppdrag | 1                        |
    Och att uppgiften företrädare[2].tidigare_konkurser inte är känd
    När leverantören granskas
    Så ger regeln LEV-21 utfallet "underlag saknas"
    Och är risknivån ett minimum eftersom uppgiften företrädare[2].tidigare_konkurser inte är hämtad
