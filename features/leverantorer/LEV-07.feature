# language: sv
@LEV-07
Egenskap: LEV-07 Varningssignal: inblandat i ekonomiska tvister
  En rättslig tvist om ekonomi är en signal i kategorin Juridik.

  Bakgrund:
    Givet en leverantör

  @brist
  Scenario: Företaget är inblandat i en ekonomisk tvist
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag        | "ekonomisk tvist"               |
      | beskrivning | "Tvist om obetald entreprenad"  |
    När leverantören granskas
    Så ger regeln LEV-07 utfallet "info"
    Och meddelandet för LEV-07 innehåller "tvist om ekonomi"
    Och slutsatsen signal_ekonomisk_tvist gäller

  @godtagbart
  Scenario: Företaget förekommer bara i ett brottmål
    Givet uppgiften rättsliga_förfaranden har ett element:
      | slag | "brottmål" |
    När leverantören granskas
    Så ger regeln LEV-07 inget fynd
    Och slutsatsen signal_ekonomisk_tvist gäller inte

  @okänd
  Scenario: De rättsliga förfarandena är inte hämtade
    Givet att uppgiften rättsliga_förfaranden inte är hämtad
    När leverantören granskas
    Så ger regeln LEV-07 utfallet "underlag saknas"
