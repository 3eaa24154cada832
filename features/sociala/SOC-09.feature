# language: sv
@SOC-09
Egenskap: SOC-09 Sysselsättningskrav ska uppfyllas under kontraktet, inte vid anbudsgivningen
  Sysselsättningskrav är villkor för hur kontraktet ska fullgöras och behöver
  inte vara uppfyllda när anbudet lämnas.

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Leverantören ska redan vid anbudet ha anställt personer ur målgruppen
    Givet underlaget har särskilda_kontraktsvillkor.sysselsättningskrav med:
      | beskrivning             | "Anbudsgivaren ska ha minst två anställda som tidigare varit långtidsarbetslösa." |
      | antal_personer          | 2                                                                                 |
      | krävs_vid_anbudsgivning | ja                                                                                |
    När underlaget granskas
    Så ger regeln SOC-09 utfallet "varning"
    Och meddelandet för SOC-09 innehåller "tidigare varit långtidsarbetslösa"
    Och fyndet för SOC-09 gäller fältet "särskilda_kontraktsvillkor.sysselsättningskrav.krävs_vid_anbudsgivning"

  @godtagbart
  Scenario: Leverantören åtar sig att erbjuda anställning under kontraktstiden
    Givet underlaget har särskilda_kontraktsvillkor.sysselsättningskrav med:
      | beskrivning             | "Leverantören ska under avtalstiden erbjuda två långtidsarbetslösa anställning i minst sex månader." |
      | åtagande                | "anställning eller praktik"                                                                          |
      | antal_personer          | 2                                                                                                    |
      | krävs_vid_anbudsgivning | nej                                                                                                  |
    När underlaget granskas
    Så ger regeln SOC-09 inget fynd

  @godtagbart
  Scenario: Inget sysselsättningskrav ställs
    När underlaget granskas
    Så ger regeln SOC-09 inget fynd
