# language: sv
@PROP-12
Egenskap: PROP-12 Kategoriskt krav på kreditvärdighet
  Ett krav på lägsta kreditbetyg eller riskklass får inte vara kategoriskt.
  Leverantören ska få visa sin ekonomiska ställning på annat sätt, till exempel
  med en moderbolagsgaranti eller en bankgaranti. Slutsatsen vilar på en enda
  kammarrättsdom, som inte är prejudicerande, så regeln varnar för risken för
  överprövning i stället för att ge fel (regelreferensen X-23).

  Bakgrund:
    Givet ett förfrågningsunderlag

  @brist
  Scenario: Riskklass 3 krävs och ingen annan bevisning godtas
    Givet underlaget har ett kvalificeringskrav:
      | typ                    | "kreditupplysning"                              |
      | beskrivning            | "Leverantören ska ha lägst riskklass 3 hos UC." |
      | lägsta_riskklass       | 3                                               |
      | annan_bevisning_godtas | nej                                             |
    När underlaget granskas
    Så ger regeln PROP-12 utfallet "varning"
    Och meddelandet för PROP-12 innehåller "riskklass 3"
    Och fyndet för PROP-12 gäller fältet "kvalificeringskrav[0].annan_bevisning_godtas"

  @godtagbart
  Scenario: Riskklass 3 krävs men leverantören får visa sin ekonomiska ställning på annat sätt
    Givet underlaget har ett kvalificeringskrav:
      | typ                    | "kreditupplysning" |
      | lägsta_riskklass       | 3                  |
      | annan_bevisning_godtas | ja                 |
    När underlaget granskas
    Så ger regeln PROP-12 inget fynd

  @godtagbart
  Scenario: Myndigheten tar en kreditupplysning utan att kräva någon lägsta riskklass
    Givet underlaget har ett kvalificeringskrav:
      | typ         | "kreditupplysning"                                                                       |
      | beskrivning | "Myndigheten tar en kreditupplysning för att bedöma leverantörens ekonomiska ställning." |
    När underlaget granskas
    Så ger regeln PROP-12 inget fynd

  @okänd
  Scenario: Det framgår inte om annan bevisning än riskklassen godtas
    Givet underlaget har ett kvalificeringskrav:
      | typ              | "kreditupplysning"                              |
      | beskrivning      | "Leverantören ska ha lägst riskklass 3 hos UC." |
      | lägsta_riskklass | 3                                               |
    Och att kvalificeringskrav[0].annan_bevisning_godtas inte är känt
    När underlaget granskas
    Så ger regeln PROP-12 utfallet "underlag saknas"
    Och fyndet för PROP-12 gäller fältet "kvalificeringskrav[0].annan_bevisning_godtas"
    Och saknas uppgiften kvalificeringskrav[0].annan_bevisning_godtas för PROP-12

  @okänd
  Scenario: Det går inte att läsa ut om en lägsta riskklass krävs, och annan bevisning godtas inte
    Givet underlaget har ett kvalificeringskrav:
      | typ                    | "kreditupplysning"                                     |
      | beskrivning            | "Leverantören ska ha god kreditvärdighet enligt UC."   |
      | annan_bevisning_godtas | nej                                                    |
    Och att kvalificeringskrav[0].lägsta_riskklass inte är känd
    När underlaget granskas
    Så ger regeln PROP-12 utfallet "underlag saknas"
    Och fyndet för PROP-12 gäller fältet "kvalificeringskrav[0].lägsta_riskklass"
    Och saknas uppgiften kvalificeringskrav[0].lägsta_riskklass för PROP-12

  @okänd
  Scenario: Annan bevisning godtas, så riskklassen behöver inte vara känd
    Givet underlaget har ett kvalificeringskrav:
      | typ                    | "kreditupplysning"                                 |
      | beskrivning            | "Leverantören ska ha god kreditvärdighet enligt UC." |
      | annan_bevisning_godtas | ja                                                 |
    Och att kvalificeringskrav[0].lägsta_riskklass inte är känd
    När underlaget granskas
    Så ger regeln PROP-12 inget fynd
