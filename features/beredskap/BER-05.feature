# language: sv
@BER-05
Egenskap: BER-05 Leveransåtagandet anger inte vilka krisnivåer det gäller
  Ett leveransåtagande per krisnivå är bara förutsebart om det anger vilka
  krisnivåer eller beredskapslägen det gäller.

  Bakgrund:
    Givet ett förfrågningsunderlag
    Och att beredskap.samhällsviktig_verksamhet är ja

  @brist
  Scenario: Åtagandet nämner inga krisnivåer
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "leveransåtagande per krisnivå"              |
      | beskrivning | "Leverantören prioriterar våra beställningar." |
    När underlaget granskas
    Så ger regeln BER-05 utfallet "varning"
    Och meddelandet för BER-05 innehåller "Leverantören prioriterar våra beställningar."
    Och fyndet för BER-05 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[0].krisnivåer"

  @godtagbart
  Scenario: Åtagandet anger två krisnivåer
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "leveransåtagande per krisnivå"                        |
      | beskrivning | "Full leverans vid störning, 70 procent vid höjd beredskap." |
      | krisnivåer  | "allvarlig störning", "höjd beredskap"                 |
    När underlaget granskas
    Så ger regeln BER-05 inget fynd

  @godtagbart
  Scenario: Ett beredskapsavtal behöver inga krisnivåer i klausulen
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "beredskapsavtal"                            |
      | beskrivning | "Separat avtal om beredskapslager."          |
    När underlaget granskas
    Så ger regeln BER-05 inget fynd
