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

  @okänd
  Scenario: Krisnivåerna står i en bilaga som inte har lästs
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "leveransåtagande per krisnivå"          |
      | beskrivning | "Leveranser per krisnivå enligt bilaga 4." |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].krisnivåer inte är kända
    När underlaget granskas
    Så ger regeln BER-05 utfallet "underlag saknas"
    Och fyndet för BER-05 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[0].krisnivåer"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler[0].krisnivåer för BER-05

  @okänd
  Scenario: Det går inte att se om klausulen utan krisnivåer är ett leveransåtagande per krisnivå
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "leveransåtagande per krisnivå"                |
      | beskrivning | "Leverantören prioriterar våra beställningar." |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-05 utfallet "underlag saknas"
    Och fyndet för BER-05 gäller fältet "särskilda_kontraktsvillkor.beredskapsklausuler[0].slag"
    Och saknas uppgiften särskilda_kontraktsvillkor.beredskapsklausuler[0].slag för BER-05

  @okänd
  Scenario: Klausulen anger krisnivåer, vad slags klausul den än är
    Givet underlaget har ett element i särskilda_kontraktsvillkor.beredskapsklausuler:
      | slag        | "leveransåtagande per krisnivå"                              |
      | beskrivning | "Full leverans vid störning, 70 procent vid höjd beredskap." |
      | krisnivåer  | "allvarlig störning", "höjd beredskap"                       |
    Och att särskilda_kontraktsvillkor.beredskapsklausuler[0].slag inte är känt
    När underlaget granskas
    Så ger regeln BER-05 inget fynd
