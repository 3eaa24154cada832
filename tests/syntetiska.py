"""Synthetic förfrågningsunderlag, Word and PDF, with the value of every labelled field stated.

They cover what the real documents in ../shared lack: open procedures, turnover
requirements, construction, cleaning, brand names, arbetsrättsliga villkor, each
in several phrasings, and traps (a law named only in a contract clause, "inget
vite", test environments that are not the environment, an undivided
procurement). Word files use what the reader must handle: headings numbered by
Word's numbering definitions, a value typed in a content control, a placeholder
of an empty control, tables. PDFs are drawn with reportlab, headings in a larger
bold font.

`skapa_alla(katalog)` writes them and returns (namn, fil, etiketter) with the
labels in the schema of bench/lasning/etiketter (fields not listed are null).
"""

from __future__ import annotations

import copy
from pathlib import Path

# A document: (kind, content). kinds: h1, h2 (headings), p (paragraph), tabell (rows of cells),
# kontroll (a paragraph whose value sits in a content control: (text before, value)).
Innehåll = list[tuple[str, object]]

ÖPPET_MED_BRISTER: Innehåll = [
    ("h1", "Inbjudan att lämna anbud"),
    ("p", "Sundby kommun inbjuder till anbudsgivning avseende städtjänster i kommunens förskolor."),
    ("h2", "Upphandlingsförfarande"),
    ("p", "Upphandlingen genomförs som ett öppet förfarande enligt lagen (2016:1145) om offentlig upphandling."),
    ("p", "Upphandlingens värde överstiger EU:s tröskelvärde."),
    ("h2", "Tidplan"),
    ("p", "Upphandlingen annonserades 2026-03-02 i den elektroniska upphandlingstjänsten."),
    ("kontroll", ("Sista dag för att lämna anbud är ", "2026-03-22")),
    ("p", "Någon förhandsannons har inte publicerats, och anbudstiden är inte förkortad på grund av brådska."),
    ("p", "Frågor ska ställas senast 2026-03-12."),
    ("h1", "Omfattning"),
    ("h2", "Uppskattat värde"),
    ("p", "Kontraktets uppskattade värde är 10 000 000 kronor för hela avtalstiden inklusive förlängningar."),
    ("h2", "Avtalstid"),
    ("p", "Avtalstiden är 24 månader från avtalsstart, med möjlighet till förlängning i 12 + 12 månader."),
    ("h1", "Krav på leverantören"),
    ("h2", "Ekonomisk ställning"),
    ("p", "Anbudsgivaren ska ha en årsomsättning om minst 25 000 000 kronor under vart och ett av de senaste tre räkenskapsåren."),
    ("h2", "Utrustning"),
    ("p", "Städmaskinerna ska vara av fabrikat Kärcher."),
    ("kontroll", ("Leverantörens kontaktperson: ", None)),
    ("h1", "Kontraktsvillkor"),
    ("h2", "Underleverantörer"),
    ("p", "Leverantören får anlita underleverantörer endast efter skriftligt godkännande av kommunen."),
    ("h2", "Arbetsrättsliga villkor"),
    ("p", "Leverantören ska säkerställa att arbetstagare som utför arbete under kontraktet har lägst den lön, semester "
          "och arbetstid som följer av centralt kollektivavtal för branschen."),
    ("h2", "Vite och hävning"),
    ("p", "Vid försenad eller utebliven städning utgår vite med 5 000 kronor per tillfälle."),
    ("p", "Kommunen har rätt att häva avtalet om leverantören väsentligt bryter mot sina åtaganden."),
    ("h2", "Force majeure"),
    ("p", "Part är befriad från påföljd för underlåtenhet att fullgöra förpliktelse om underlåtenheten har sin grund i force majeure."),
    ("h2", "Miljö"),
    ("p", "Rengöringsmedel ska vara miljömärkta med Svanen eller likvärdigt."),
    ("h1", "Utvärdering"),
    ("p", "Tilldelningsgrunden är lägsta pris."),
]
ÖPPET_MED_BRISTER_ETIKETTER = {
    "annonseringsdatum": "2026-03-02", "sista_anbudsdag": "2026-03-22", "lagrum": "LOU", "regim": "direktivstyrd", "förhandsannons": False, "brådskande": False,
    "förfarande": "öppet", "uppskattat_värde.totalt": 10_000_000, "avtalstid.grundperiod_månader": 24, "avtalstid.förlängning_månader": 24,
    "omsättning.belopp": 25_000_000, "omsättning.antal_år": 3,
    "varumärken": [{"namn": "Kärcher", "eller_likvärdigt": False}],
    "underleverantörsvillkor": True, "arbetsrättsliga_villkor": True, "arbetsrättsliga_villkor.nivå": "central kollektivavtal",
    "sanktioner.vite": True, "sanktioner.hävning": True, "force_majeure": True, "miljökrav": True,
    "utvärdering.tilldelningsgrund": "pris",
}

BYGG_SKOLA: Innehåll = [
    ("h1", "1. Administrativa föreskrifter"),
    ("p", "Sjöstads kommun bjuder in till anbud på en totalentreprenad för ombyggnad av Sjöskolan."),
    ("h2", "1.1 Förfarande"),
    ("p", "Upphandlingen genomförs med öppet förfarande enligt 6 kap. LOU."),
    ("p", "Annonseringsdatum: 2026-02-02"),
    ("p", "Anbud ska ha inkommit senast 2026-03-16."),
    ("h2", "1.2 Delkontrakt"),
    ("p", "Upphandlingen är uppdelad i två (2) delkontrakt: byggnadsarbeten och markarbeten."),
    ("h2", "1.3 Värde"),
    ("p", "Det uppskattade värdet av entreprenaden är 45 MSEK."),
    ("h1", "2. Kvalificering"),
    ("h2", "2.1 Ekonomisk ställning"),
    ("p", "Anbudsgivaren ska ha en årsomsättning om lägst 30 miljoner kronor för det senaste räkenskapsåret."),
    ("p", "Anbudsgivaren ska ha lägst riskklass 3 enligt UC eller motsvarande kreditupplysning."),
    ("p", "Om anbudsgivaren inte uppnår kravet på kreditvärdighet kan den på annat sätt visa sin ekonomiska ställning, "
          "till exempel genom moderbolagsgaranti."),
    ("p", "Anbudsgivaren ska ha en ansvarsförsäkring om minst 10 000 000 kr per skadetillfälle."),
    ("h2", "2.2 Teknisk förmåga"),
    ("p", "Anbudsgivaren ska redovisa minst tre (3) referensuppdrag av liknande omfattning."),
    ("p", "Referensuppdragen ska vara utförda under de senaste fem (5) åren."),
    ("p", "Anbudsgivaren ska vara certifierad enligt ISO 9001 och ISO 14001 eller likvärdigt."),
    ("h1", "3. Utvärdering"),
    ("p", "Tilldelning sker på grundval av bästa förhållandet mellan pris och kvalitet."),
    ("tabell", [["Kriterium", "Vikt"], ["Pris", "60 %"], ["Kvalitet", "40 %"]]),
    ("h1", "4. Särskilda kontraktsvillkor"),
    ("p", "Entreprenören ska erbjuda minst två personer som står långt från arbetsmarknaden praktik under kontraktstiden, "
          "i enlighet med kommunens sysselsättningskrav."),
    ("p", "Vid försening utgår förseningsvite enligt AB 04 kap. 5 § 3."),
    ("p", "Beställaren har rätt att häva kontraktet vid väsentligt kontraktsbrott."),
    ("p", "Arbetsmiljön på arbetsplatsen ska följa Arbetsmiljöverkets föreskrifter."),
]
BYGG_SKOLA_ETIKETTER = {
    "annonseringsdatum": "2026-02-02", "sista_anbudsdag": "2026-03-16", "lagrum": "LOU", "regim": None, "förfarande": "öppet",
    "upphandlingsslag": "byggentreprenad", "antal_delkontrakt": 2, "uppskattat_värde.totalt": 45_000_000,
    "omsättning.belopp": 30_000_000, "omsättning.antal_år": 1, "kreditupplysning.lägsta_riskklass": 3,
    "kreditupplysning.annan_bevisning_godtas": True, "försäkring.belopp": 10_000_000,
    "referensuppdrag.antal": 3, "referensuppdrag.tidsperiod_månader": 60,
    "certifiering": [{"standard": "ISO 9001", "eller_likvärdigt": True}, {"standard": "ISO 14001", "eller_likvärdigt": True}],
    "utvärdering.tilldelningsgrund": "bästa förhållandet mellan pris och kvalitet", "utvärdering.pris_vikt": 60,
    "sysselsättningskrav": True, "sanktioner.vite": True, "sanktioner.hävning": True, "miljökrav": True,
}

LOKALVÅRD_FÖRENKLAT: Innehåll = [
    ("h1", "Upphandling av lokalvård"),
    ("p", "Upphandlingen avser tjänster inom lokalvård för kommunens kontor."),
    ("p", "Upphandlingen genomförs som ett förenklat förfarande enligt 19 kap. LOU."),
    ("h2", "Tidplan"),
    ("tabell", [["Händelse", "Datum"], ["Annonsering", "2026-04-01"], ["Sista anbudsdag", "2026-05-04"],
                ["Planerad avtalsstart", "2026-06-01"]]),
    ("h2", "Avtalsperiod"),
    ("p", "Avtalet gäller från 2026-06-01 till och med 2028-05-31."),
    ("p", "Kommunen har option att förlänga avtalet två gånger tolv månader."),
    ("h2", "Omsättning"),
    ("p", "Leverantören ska ha en omsättning på minst 4 MSEK per år de två senaste räkenskapsåren."),
    ("h2", "Produkter"),
    ("p", "Pappershanddukar och tvål ska vara Tork® eller likvärdigt."),
    ("h2", "Arbetsrätt"),
    ("p", "Leverantören ska tillämpa villkor om lön, semester och arbetstid som minst motsvarar lägsta nivån enligt "
          "centralt kollektivavtal som tillämpas i hela Sverige."),
    ("p", "Villkoren gäller även underleverantörer som direkt medverkar till att fullgöra kontraktet."),
    ("h2", "Utvärdering"),
    ("p", "Utvärderingsgrund: Lägsta pris"),
]
LOKALVÅRD_FÖRENKLAT_ETIKETTER = {
    "annonseringsdatum": "2026-04-01", "sista_anbudsdag": "2026-05-04", "lagrum": "LOU", "regim": "19 kap.", "förfarande": "förenklat",
    "upphandlingsslag": "tjänster", "avtalstid.grundperiod_månader": 24, "avtalstid.förlängning_månader": 24,
    "omsättning.belopp": 4_000_000, "omsättning.antal_år": 2,
    "varumärken": [{"namn": "Tork", "eller_likvärdigt": True}],
    "arbetsrättsliga_villkor": True, "arbetsrättsliga_villkor.nivå": "central kollektivavtal",
    "utvärdering.tilldelningsgrund": "pris",
}

LIVSMEDEL_LUF: Innehåll = [
    ("h1", "1 Inledning"),
    ("p", "Vattenbolaget AB upphandlar livsmedel till personalrestaurangen."),
    ("p", "Upphandlingen genomförs enligt lagen (2016:1146) om upphandling inom försörjningssektorerna."),
    ("p", "Upphandlingen genomförs som ett förhandlat förfarande med föregående annonsering."),
    ("p", "Upphandlingen avser ramavtal med högst tre leverantörer."),
    ("p", "Upphandlingen avser varor i form av livsmedel."),
    ("h1", "2 Tider"),
    ("p", "Publiceringsdatum 2026-01-15."),
    ("p", "Sista anbudsdag är den 20 februari 2026."),
    ("p", "Avtalstiden är två (2) år med möjlighet till förlängning med sammanlagt högst 24 månader."),
    ("h1", "3 Miljökrav"),
    ("p", "Kraven bygger på Upphandlingsmyndighetens hållbarhetskriterier på avancerad nivå."),
    ("p", "Minst 30 procent av livsmedlen ska vara ekologiska livsmedel."),
    ("h1", "4 Utvärdering"),
    ("p", "Tilldelningsgrunden är lägsta kostnad beräknad som livscykelkostnad."),
]
LIVSMEDEL_LUF_ETIKETTER = {
    "annonseringsdatum": "2026-01-15", "sista_anbudsdag": "2026-02-20", "lagrum": "LUF",
    "förfarande": "förhandlat med föregående annonsering", "ramavtal": True,
    "avtalstid.grundperiod_månader": 24, "avtalstid.förlängning_månader": 24,
    "miljökrav": True, "miljökrav.nivå": "avancerad", "utvärdering.tilldelningsgrund": "kostnad",
}

AVROP_FKU: Innehåll = [
    ("h1", "Avropsförfrågan: systemutvecklare"),
    ("p", "Detta avrop genomförs som förnyad konkurrensutsättning enligt ramavtalet IT-konsulttjänster."),
    ("p", "Avropsförfrågan skickades ut 2026-04-28 till samtliga ramavtalsleverantörer."),
    ("p", "Avropssvaret ska ha inkommit senast den 14 maj 2026."),
    ("h2", "Uppdraget"),
    ("p", "Uppdraget avser ett resursuppdrag som systemutvecklare i kommunens testmiljö och produktionsmiljö."),
    ("p", "Upphandlingen är inte uppdelad i delkontrakt."),
    ("p", "Kontraktstiden är 12 månader med option på förlängning med ytterligare 6 månader."),
    ("h2", "Krav på referenser"),
    ("p", "Konsulten ska redovisa två (2) referensuppdrag."),
    ("p", "Referensuppdragen får inte vara äldre än 24 månader räknat från sista anbudsdag."),
    ("h2", "Kontraktsvillkor"),
    ("p", "Inget vite utgår enligt detta kontrakt."),
    ("p", "Kommunen får häva kontraktet om leverantören omfattas av någon uteslutningsgrund i 13 kap. LOU."),
    ("p", "Konsulten ska följa kommunens regler om arbetsmiljö."),
    ("h2", "Utvärdering"),
    ("p", "Kommunen antar det anbud som har bästa förhållandet mellan pris och kvalitet."),
    ("p", "Pris viktas med 40 % och kvalitet med 60 %."),
]
AVROP_FKU_ETIKETTER = {
    "annonseringsdatum": "2026-04-28", "sista_anbudsdag": "2026-05-14", "avropsform": "förnyad konkurrensutsättning",
    "upphandlingsslag": "tjänster", "avtalstid.grundperiod_månader": 12, "avtalstid.förlängning_månader": 6,
    "referensuppdrag.antal": 2, "referensuppdrag.tidsperiod_månader": 24, "sanktioner.hävning": True,
    "utvärdering.tilldelningsgrund": "bästa förhållandet mellan pris och kvalitet", "utvärdering.pris_vikt": 40,
}

AVROP_RANGORDNING: Innehåll = [
    ("h1", "Avrop av tolktjänster"),
    ("p", "Avropet sker genom rangordning enligt ramavtalets villkor."),
    ("p", "Avropet sker genom rangordning och den först rangordnade leverantören tillfrågas först."),
    ("p", "Avtalstiden är 6 månader."),
    ("h2", "Underleverantörer"),
    ("p", "Leverantören ansvarar för underleverantörers arbete som för sitt eget."),
]
AVROP_RANGORDNING_ETIKETTER = {
    "avropsform": "rangordning", "avtalstid.grundperiod_månader": 6, "underleverantörsvillkor": True,
}

DIS_KÖP: Innehåll = [
    ("h1", "Kontrakt i dynamiskt inköpssystem"),
    ("p", "Köpet görs i det dynamiska inköpssystemet för konsulttjänster inom ekonomi."),
    ("p", "Tilldelning sker till det anbud som har lägsta pris."),
    ("p", "Sista dag för att lämna anbud: 2026-09-01"),
    ("p", "Leverantören ska ha ett miljöledningssystem enligt ISO 14001."),
]
DIS_KÖP_ETIKETTER = {
    "avropsform": "dynamiskt inköpssystem", "upphandlingsslag": "tjänster", "utvärdering.tilldelningsgrund": "pris",
    "sista_anbudsdag": "2026-09-01", "miljökrav": True,
    "certifiering": [{"standard": "ISO 14001", "eller_likvärdigt": False}],
}

MOTSTRIDIGT: Innehåll = [
    ("h1", "Anbudsinbjudan"),
    ("p", "Sista anbudsdag är 2026-10-01."),
    ("h1", "Ändring"),
    ("p", "Anbud ska ha inkommit senast 2026-10-15."),
    ("p", "Avtalstiden är 12 månader."),
    ("h1", "Avtalsvillkor"),
    ("p", "Avtalstiden är 24 månader."),
    ("p", "Kontraktets uppskattade värde är 2 000 000 kr eller 3 000 000 kr beroende på volym."),
]
MOTSTRIDIGT_ETIKETTER = {
    "sista_anbudsdag": {"värde": None, "konflikt": ["2026-10-01", "2026-10-15"]},
    "avtalstid.grundperiod_månader": {"värde": None, "konflikt": [12, 24]},
}

DOKUMENT = [
    ("oppet-stad-med-brister", ".docx", ÖPPET_MED_BRISTER, ÖPPET_MED_BRISTER_ETIKETTER),
    ("bygg-skola", ".pdf", BYGG_SKOLA, BYGG_SKOLA_ETIKETTER),
    ("lokalvard-forenklat", ".docx", LOKALVÅRD_FÖRENKLAT, LOKALVÅRD_FÖRENKLAT_ETIKETTER),
    ("livsmedel-luf", ".pdf", LIVSMEDEL_LUF, LIVSMEDEL_LUF_ETIKETTER),
    ("avrop-fku", ".docx", AVROP_FKU, AVROP_FKU_ETIKETTER),
    ("avrop-rangordning", ".pdf", AVROP_RANGORDNING, AVROP_RANGORDNING_ETIKETTER),
    ("dis-kop", ".docx", DIS_KÖP, DIS_KÖP_ETIKETTER),
    ("motstridigt", ".pdf", MOTSTRIDIGT, MOTSTRIDIGT_ETIKETTER),
    # the same texts in the other format: the reader must not matter
    ("oppet-stad-med-brister-pdf", ".pdf", ÖPPET_MED_BRISTER, ÖPPET_MED_BRISTER_ETIKETTER),
    ("bygg-skola-word", ".docx", BYGG_SKOLA, BYGG_SKOLA_ETIKETTER),
]


def etiketter(values: dict) -> dict:
    """Labels in the schema's form: {"värde": v} per stated field (a dict given is kept as is)."""
    return {name: (value if isinstance(value, dict) and "värde" in value else {"värde": value, "sida": None, "avsnitt": None})
            for name, value in values.items()}


def skapa_alla(katalog: Path) -> list[tuple[str, Path, dict]]:
    made = []
    for name, suffix, content, values in DOKUMENT:
        path = katalog / f"{name}{suffix}"
        (skapa_docx if suffix == ".docx" else skapa_pdf)(content, path)
        made.append((name, path, etiketter(values)))
    return made


# --- Word ----------------------------------------------------------------------------


def skapa_docx(content: Innehåll, path: Path, numbered: bool = True) -> Path:
    """A Word file; headings h1/h2 are numbered by Word (numbering.xml) when `numbered`, their text without the number."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document()
    if numbered:
        _number_headings(document)
    for kind, value in content:
        if kind in ("h1", "h2"):
            text = str(value)
            if numbered:
                text = text.split(" ", 1)[1] if text.split(" ", 1)[0].rstrip(".").replace(".", "").isdigit() else text
            document.add_heading(text, level=1 if kind == "h1" else 2)
        elif kind == "p":
            document.add_paragraph(str(value))
        elif kind == "tabell":
            rows = value
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
        elif kind == "kontroll":
            before, typed = value
            paragraph = document.add_paragraph(before)
            paragraph._p.append(_content_control(typed, qn))
    document.save(path)
    return path


def _content_control(value: str | None, qn):
    """An inline content control holding `value`, or, for None, showing the placeholder text of an empty control."""
    from docx.oxml import OxmlElement

    sdt = OxmlElement("w:sdt")
    properties = OxmlElement("w:sdtPr")
    if value is None:
        properties.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(properties)
    content = OxmlElement("w:sdtContent")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = value if value is not None else "Klicka eller tryck här för att ange text."
    run.append(text)
    content.append(run)
    sdt.append(content)
    return sdt


def _number_headings(document) -> None:
    """Link Heading 1 and 2 to a multilevel list "1." / "1.1", as Word's outline numbering does."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, style_name in ((0, "Heading 1"), (1, "Heading 2")):
        style = document.styles[style_name].element
        p_pr = style.get_or_add_pPr()
        p_pr.append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))


# --- PDF -----------------------------------------------------------------------------


def skapa_pdf(content: Innehåll, path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    body = ParagraphStyle("brödtext", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    h1 = ParagraphStyle("rubrik1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=10, spaceAfter=6)
    h2 = ParagraphStyle("rubrik2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
    story = []
    for kind, value in content:
        if kind == "h1":
            story.append(Paragraph(_escape(str(value)), h1))
        elif kind == "h2":
            story.append(Paragraph(_escape(str(value)), h2))
        elif kind == "p":
            story.append(Paragraph(_escape(str(value)), body))
        elif kind == "kontroll":
            before, typed = value
            if typed is not None:
                story.append(Paragraph(_escape(before + typed), body))
        elif kind == "tabell":
            table = Table(copy.deepcopy(value))
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONT", (0, 0), (-1, -1), "Helvetica", 10)]))
            story += [table, Spacer(1, 8)]
    SimpleDocTemplate(str(path), pagesize=A4, title=path.stem).build(story)
    return path


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
