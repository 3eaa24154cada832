# language: sv
@SER-10
Egenskap: SER-10 EBM:s checklista vid start och under avtalsuppföljningen i en riskbransch
  Ekobrottsmyndighetens checklista med varningssignaler kan användas både innan
  avtalet tecknas och löpande under uppföljningen. I en riskbransch påminner
  regeln om den.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att cpv_koder är "90911200-8"

  @brist
  Scenario: Checklistan används bara innan avtalet tecknas
    Givet underlaget har avtalsuppföljning med:
      | ebm_checklista_vid_start | ja |
    När underlaget granskas
    Så ger regeln SER-10 utfallet "info"
    Och meddelandet för SER-10 innehåller "löpande: uppgift saknas"
    Och fyndet för SER-10 gäller fältet "avtalsuppföljning.ebm_checklista_löpande"

  @brist
  Scenario: Underlaget nämner inte checklistan
    Givet att avtalsuppföljning saknas
    När underlaget granskas
    Så ger regeln SER-10 utfallet "info"
    Och meddelandet för SER-10 innehåller "vid start: uppgift saknas"

  @godtagbart
  Scenario: Checklistan används både vid start och löpande
    Givet underlaget har avtalsuppföljning med:
      | ebm_checklista_vid_start | ja |
      | ebm_checklista_löpande   | ja |
    När underlaget granskas
    Så ger regeln SER-10 inget fynd

  @godtagbart
  Scenario: Konsulttjänster är ingen riskbransch
    Givet att cpv_koder är "79000000-4"
    När underlaget granskas
    Så ger regeln SER-10 inget fynd

  @okänd
  Scenario: Checklistan används vid start, men det framgår inte om den används löpande
    Givet underlaget har avtalsuppföljning med:
      | ebm_checklista_vid_start | ja |
    Och att avtalsuppföljning.ebm_checklista_löpande inte är känd
    När underlaget granskas
    Så ger regeln SER-10 utfallet "underlag saknas"
    Och fyndet för SER-10 gäller fältet "avtalsuppföljning.ebm_checklista_löpande"
    Och saknas uppgiften avtalsuppföljning.ebm_checklista_löpande för SER-10

  @okänd
  Scenario: Checklistan används inte vid start, vad som än gäller löpande
    Givet underlaget har avtalsuppföljning med:
      | ebm_checklista_vid_start | nej |
    Och att avtalsuppföljning.ebm_checklista_löpande inte är känd
    När underlaget granskas
    Så ger regeln SER-10 utfallet "info"
    Och meddelandet för SER-10 innehåller "vid start: nej; löpande: okänt"

  @okänd
  Scenario: CPV-koderna är inte kända och underlaget nämner inte checklistan
    Givet att cpv_koder inte är kända
    Och att avtalsuppföljning saknas
    När underlaget granskas
    Så ger regeln SER-10 utfallet "underlag saknas"
    Och fyndet för SER-10 gäller fältet "cpv_koder"
