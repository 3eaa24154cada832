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

  @okänd
  Scenario: Det går inte att läsa ut om sysselsättningskravet ska vara uppfyllt redan vid anbudet
    Givet underlaget har särskilda_kontraktsvillkor.sysselsättningskrav med:
      | beskrivning    | "Leverantören ska sysselsätta två personer ur målgruppen." |
      | antal_personer | 2                                                          |
    Och att särskilda_kontraktsvillkor.sysselsättningskrav.krävs_vid_anbudsgivning inte är känt
    När underlaget granskas
    Så ger regeln SOC-09 utfallet "underlag saknas"
    Och fyndet för SOC-09 gäller fältet "särskilda_kontraktsvillkor.sysselsättningskrav.krävs_vid_anbudsgivning"
    Och saknas uppgiften särskilda_kontraktsvillkor.sysselsättningskrav.krävs_vid_anbudsgivning för SOC-09

  @okänd
  Scenario: Kravets lydelse gick inte att läsa ut, men det ska vara uppfyllt redan vid anbudet
    Givet underlaget har särskilda_kontraktsvillkor.sysselsättningskrav med:
      | beskrivning             | "Anbudsgivaren ska ha anställda ur målgruppen." |
      | krävs_vid_anbudsgivning | ja                                              |
    Och att särskilda_kontraktsvillkor.sysselsättningskrav.beskrivning inte är känd
    När underlaget granskas
    Så ger regeln SOC-09 utfallet "varning"
    Och meddelandet för SOC-09 innehåller "Sysselsättningskravet ”okänt” ska vara uppfyllt"
