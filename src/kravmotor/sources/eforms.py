"""eForms notices (EU standard forms, UBL 2.3 XML) as förfrågningsunderlag.

`load_notice(path)` reads a contract notice (and, as far as they carry the same
facts, a prior information or contract award notice) and maps the business terms
(BT-…) the rules need. The mapping follows shared/domain/eforms-and-data.md, 1.4.

Principles:

- Nothing is guessed. A model field the notice does not carry, or carries in a form
  kravmotor cannot use (an amount in euro, a procedure type with no Swedish
  counterpart), is listed in `okända_uppgifter`; the rules that read it report
  *underlag saknas*.
- Every mapped or unknown field records in `ursprung` the notice field it comes from
  (`"uppskattat_värde": "BT-27 (cbc:EstimatedOverallContractAmount)"`), so that a
  finding can cite the notice.
- Selection criteria (BT-809) keep their levels only in free text (BT-750). Turnover
  and references are read from it where stated plainly (`fritext.krav`); any text that
  cannot be read with confidence becomes an `övrigt` kvalificeringskrav, and then the
  whole `kvalificeringskrav` is declared unknown: a rule on qualification requirements
  cannot vouch for a list with an unread requirement in it (it might be a turnover in
  another currency), so it reports *underlag saknas* and a person must assess the text.
- A notice is one procedure; where lots differ, the document takes what the rules
  need for the whole: the longest duration, the earliest tender deadline, and a
  reservation if any lot is reserved.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import InputError, Location, Problem
from ..limits import read_limited
from ..model.dokument import Förfrågningsunderlag
from ..fritext import krav as fritext_krav, tal as fritext_tal
from ..model.loading import describe_validation_error, merge_amount_errors
from .eforms_checks import root_problem, structure_problems
from .xml_safe import Node, parse

_EXT = "ext:UBLExtensions/ext:UBLExtension/ext:ExtensionContent/efext:EformsExtension"

LAGRUM = {"32014L0024": "LOU", "32014L0025": "LUF", "32014L0023": "LUK"}
FÖRFARANDE = {
    "open": "öppet",
    "restricted": "selektivt",
    "neg-w-call": "förhandlat med föregående annonsering",
    "neg-wo-call": "förhandlat utan föregående annonsering",
    "comp-dial": "konkurrenspräglad dialog",
    "innovation": "innovationspartnerskap",
}
UPPHANDLINGSSLAG = {"works": "byggentreprenad", "supplies": "varor", "services": "tjänster"}
# BT-11 buyer legal type → upphandlande_myndighet.typ; the rest is "övrig".
MYNDIGHETSTYP = {
    "cga": "statlig", "body-pl-cga": "statlig",
    "ra": "regional", "body-pl-ra": "regional",
    "la": "kommunal",
    "body-pl-la": "kommunalt bolag", "pub-undert-la": "kommunalt bolag",
}
RESERVATION = {"res-ws": "skyddade verkstäder", "res-pub-ser": "19 kap. 25 §"}

# Model fields an eForms notice has no business term for.
NOT_IN_EFORMS = {
    "förhandsannons": "eForms anger inte om en förhandsannons har publicerats",
    "tekniska_specifikationer": "tekniska specifikationer finns i upphandlingsdokumenten, inte i annonsen",
    "behövlighetsbedömning": "behövlighetsbedömningen finns inte i eForms",
    "utförande": "eForms anger inte hur kontraktet utförs (personalintensitet, antal personer)",
    "avtalsuppföljning": "eForms anger inte hur avtalet följs upp",
    "onormalt_låga_anbud": "eForms anger inte hur onormalt låga anbud hanteras",
    "beredskap": "eForms saknar fält för krisberedskap",
    "uteslutningsgrunder": "uteslutningsgrunderna (BT-67) mappas inte; se upphandlingsdokumenten",
    "miljökrav": "BT-774 anger att miljöhänsyn tas men inte kravnivån (bas, avancerad, spjutspets)",
    "särskilda_kontraktsvillkor.sysselsättningskrav": "kontraktsvillkor finns bara som fritext (BT-70)",
    "särskilda_kontraktsvillkor.arbetsrättsliga_villkor": "kontraktsvillkor finns bara som fritext (BT-70)",
    "särskilda_kontraktsvillkor.sanktioner": "kontraktsvillkor finns bara som fritext (BT-70)",
    "särskilda_kontraktsvillkor.beredskapsklausuler": "kontraktsvillkor finns bara som fritext (BT-70)",
    "andra_företags_kapacitet": "eForms anger inte om leverantören får åberopa andra företags kapacitet",
    "ramavtalet": "ramavtalets högsta värde (BT-118), kvantitet och avropsordning mappas inte",
    "tillgänglighet": "kriterierna för tillgänglighet (BT-754) mappas inte",
    "sista_ansökningsdag": "sista dag för anbudsansökan (BT-1311) mappas inte",
    "inbjudan_att_lämna_anbud": "inbjudan att lämna anbud skickas efter annonsen",
    "utvärderingsmodell.kriterier": "tilldelningskriterierna (BT-734, BT-540) mappas inte; vad de bedömer framgår inte",
}
_SUBCONTRACTING_UNKNOWN = ["inköpsprocess_följer_upp", "godkännande_krävs", "begränsning_led", "högsta_andel_procent",
                           "rätt_till_insyn", "gäller_alla_led"]


def load_notice(path: str | Path) -> Förfrågningsunderlag:
    """An eForms notice as a förfrågningsunderlag; InputError (Swedish, located) if it cannot be read."""
    path = Path(path)
    file = str(path)
    root = parse(read_limited(path, "annons"), file)
    wrong_root = root_problem(root, file)
    if wrong_root:
        raise InputError([wrong_root])
    return _Notice(root, file).document()


def _text(node: Node | None) -> str | None:
    return (node.text or None) if node is not None else None


def _multilingual(parent: Node | None, path: str) -> str | None:
    """Multilingual text: Swedish if given, then English, else the first language."""
    if parent is None:
        return None
    nodes = [n for n in parent.findall(path) if n.text]
    for language in ("SWE", "ENG"):
        for node in nodes:
            if node.attrib.get("languageID") == language:
                return node.text
    return nodes[0].text if nodes else None


def _coded(parent: Node, path: str, list_name: str) -> list[Node]:
    """Code elements at `path` with the given @listName (discriminated containers, see the domain notes 1.3)."""
    return [n for n in parent.findall(path) if n.attrib.get("listName") == list_name and n.text]


def _date(text: str | None) -> dt.date | None:
    """eForms dates carry a time zone (2020-02-28+01:00, 2023-05-26Z); the date is the first ten characters."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


class _Notice:
    def __init__(self, root: Node, file: str):
        self.root = root
        self.file = file
        self.problems: list[Problem] = structure_problems(root, file)
        self.unknown: list[str] = []
        self.origin: dict[str, str] = {}
        self.lots = [lot for lot in root.findall("cac:ProcurementProjectLot")
                     if ((lot_id := lot.find("cbc:ID")) is not None and lot_id.attrib.get("schemeName") in ("Lot", "Part"))]
        self.project = root.find("cac:ProcurementProject")

    # --- helpers ----------------------------------------------------------------------

    def _unknown(self, field: str, why: str) -> None:
        if field not in self.unknown:
            self.unknown.append(field)
        self.origin[field] = why

    def _problem(self, node: Node, field: str, message: str) -> None:
        self.problems.append(Problem(Location(self.file, node.line, node.column, field), message))

    def _lot_id(self, lot: Node) -> str:
        return _text(lot.find("cbc:ID")) or "?"

    def _amount(self, node: Node, term: str) -> tuple[Decimal | None, str]:
        """An amount in kronor, or None with the reason (another currency, not a number)."""
        currency = node.attrib.get("currencyID", "")
        try:
            value = Decimal(node.text)
        except InvalidOperation:
            self._problem(node, term, f"beloppet ”{node.text}” är inget tal")
            return None, f"{term}: beloppet ”{node.text}” är inget tal"
        if currency != "SEK":
            return None, f"{term}: {node.text} {currency or '(valuta saknas)'}, inte SEK; beloppet räknas inte om"
        return value, term

    # --- the document -----------------------------------------------------------------

    def document(self) -> Förfrågningsunderlag:
        raw: dict[str, Any] = {}
        self._identity(raw)
        self._law(raw)
        self._subject(raw)
        self._value(raw)
        self._duration(raw)
        self._dates(raw)
        self._lots(raw)
        self._qualification(raw)
        self._award(raw)
        self._social_and_reservation(raw)
        self._subcontracting(raw)
        self._follow_up(raw)
        for field, why in NOT_IN_EFORMS.items():
            self._unknown(field, f"ingen motsvarighet i eForms: {why}")
        if self.problems:
            unique = {(p.location.line, p.location.column, p.message): p for p in self.problems}  # lots are read twice
            raise InputError(sorted(unique.values(), key=lambda p: (p.location.line or 0, p.location.column or 0)))
        raw["okända_uppgifter"] = self.unknown
        raw["ursprung"] = self.origin
        try:
            return Förfrågningsunderlag.model_validate(raw)
        except ValidationError as exc:
            raise InputError([
                Problem(Location(self.file, field_path=describe_validation_error(err)[0]),
                        f"ogiltigt värde ur annonsen ({self.origin.get(str(err['loc'][0]), 'eForms')}): "
                        f"{describe_validation_error(err)[1]}")
                for err in merge_amount_errors(exc.errors())[:50]
            ]) from None

    def _identity(self, raw: dict) -> None:
        root = self.root
        notice_id = next((n.text for n in root.findall("cbc:ID") if n.attrib.get("schemeName") == "notice-id" and n.text), None)
        raw["id"] = notice_id or _text(root.find("cbc:ContractFolderID")) or Path(self.file).stem
        self.origin["id"] = "BT-701 (cbc:ID, notice-id)" if notice_id else "BT-04 (cbc:ContractFolderID)"
        title = _multilingual(self.project, "cbc:Name") or next(
            (t for lot in self.lots if (t := _multilingual(lot.find("cac:ProcurementProject"), "cbc:Name"))), None)
        raw["titel"] = title or f"(annonsen saknar titel: {Path(self.file).name})"
        self.origin["titel"] = "BT-21 (cbc:Name)"

        party = root.find("cac:ContractingParty")
        if party is None:
            self._problem(root, "BT-11 (cac:ContractingParty)", "annonsen saknar upphandlande myndighet (cac:ContractingParty)")
            raw["upphandlande_myndighet"] = {"namn": "?", "typ": "övrig"}
            return
        org_id = _text(party.find("cac:Party/cac:PartyIdentification/cbc:ID"))
        company = next((c for c in root.findall(f"{_EXT}/efac:Organizations/efac:Organization/efac:Company")
                        if _text(c.find("cac:PartyIdentification/cbc:ID")) == org_id), None)
        name = _multilingual(company, "cac:PartyName/cbc:Name")
        if name is None:
            self._problem(party, "BT-500 (cac:PartyName/cbc:Name)",
                          f"den upphandlande myndigheten ({org_id or 'utan id'}) saknar namn bland efac:Organizations")
        legal_type = next((n.text for n in _coded(party, "cac:ContractingPartyType/cbc:PartyTypeCode", "buyer-legal-type")), None)
        buyer: dict[str, Any] = {"namn": name or "?", "typ": MYNDIGHETSTYP.get(legal_type or "", "övrig")}
        company_id = _text(company.find("cac:PartyLegalEntity/cbc:CompanyID")) if company is not None else None
        if company_id and re.fullmatch(r"\d{6}-?\d{4}", company_id):
            buyer["organisationsnummer"] = company_id
            self.origin["upphandlande_myndighet.organisationsnummer"] = "BT-501 (cbc:CompanyID)"
        raw["upphandlande_myndighet"] = buyer
        self.origin["upphandlande_myndighet"] = f"BT-500 (cbc:Name), BT-11 (cbc:PartyTypeCode: {legal_type or 'saknas'})"
        raw["uppföljning"] = {"annons_id": raw["id"], "annonsdatabas": "TED (eForms)"}
        if len(root.findall("cac:ContractingParty")) > 1:
            raw["uppföljning"]["samordnad"] = True

    def _law(self, raw: dict) -> None:
        basis = _text(self.root.find("cbc:RegulatoryDomain"))
        if basis in LAGRUM:
            raw["lagrum"] = LAGRUM[basis]
            self.origin["lagrum"] = f"BT-01 (cbc:RegulatoryDomain: {basis})"
        else:
            raw["lagrum"] = None  # declared unknown below, rather than the model's default LOU
            self._unknown("lagrum", f"BT-01 (cbc:RegulatoryDomain: {basis or 'saknas'}): ingen rättslig grund som kravmotor har regler för "
                                    "(LOU, LUF, LUK)")
        notice_type = _text(self.root.find("cbc:NoticeTypeCode")) or ""
        subtype = _text(self.root.find(f"{_EXT}/efac:NoticeSubType/cbc:SubTypeCode")) or ""
        if subtype.startswith("E"):
            self._unknown("regim", f"OPP-070 (cbc:SubTypeCode: {subtype}): nationellt formulär, regimen framgår inte")
        elif "social" in notice_type:
            # The light regime for social and other specific services: a bilaga 2-tjänst, which LOU procures
            # under 19 kap. whatever its value; under LUF and LUK the regime is not known to kravmotor.
            social = f"BT-02 (cbc:NoticeTypeCode: {notice_type}): det förenklade systemet för sociala och andra särskilda tjänster"
            raw["bilaga_2_tjänst"] = True
            self.origin["bilaga_2_tjänst"] = social
            if raw.get("lagrum") == "LOU":
                raw["regim"] = "19 kap."
                self.origin["regim"] = social + ", som LOU upphandlar enligt 19 kap."
            else:
                self._unknown("regim", social + f"; regimen för sådana tjänster enligt {raw.get('lagrum') or 'okänt lagrum'} är okänd")
        else:
            raw["regim"] = "direktivstyrd"
            self.origin["regim"] = f"BT-02 (cbc:NoticeTypeCode: {notice_type or 'saknas'}): eForms-annons i TED, över tröskelvärdet"

    def _subject(self, raw: dict) -> None:
        code = next((n.text for n in _coded(self.root, "cac:TenderingProcess/cbc:ProcedureCode", "procurement-procedure-type")), None)
        if code in FÖRFARANDE:
            raw["förfarande"] = FÖRFARANDE[code]
            self.origin["förfarande"] = f"BT-105 (cbc:ProcedureCode: {code})"
        else:
            self._unknown("förfarande", f"BT-105 (cbc:ProcedureCode: {code or 'saknas'}): inget motsvarande förfarande i LOU")

        nature = self._nature(self.project) or next((n for lot in self.lots if (n := self._nature(lot.find("cac:ProcurementProject")))), None)
        if nature in UPPHANDLINGSSLAG:
            raw["upphandlingsslag"] = UPPHANDLINGSSLAG[nature]
            self.origin["upphandlingsslag"] = f"BT-23 (cbc:ProcurementTypeCode: {nature})"
        else:
            self._unknown("upphandlingsslag", f"BT-23 (cbc:ProcurementTypeCode: {nature or 'saknas'})")

        codes = self._cpv(self.project) or [c for lot in self.lots for c in self._cpv(lot.find("cac:ProcurementProject"))]
        raw["cpv_koder"] = list(dict.fromkeys(codes))
        if codes:
            self.origin["cpv_koder"] = "BT-262 (cac:MainCommodityClassification), BT-263 (cac:AdditionalCommodityClassification)"
        else:
            self._unknown("cpv_koder", "BT-262 (cac:MainCommodityClassification) saknas")

    @staticmethod
    def _nature(project: Node | None) -> str | None:
        if project is None:
            return None
        return next((n.text for n in _coded(project, "cbc:ProcurementTypeCode", "contract-nature")), None)

    @staticmethod
    def _cpv(project: Node | None) -> list[str]:
        if project is None:
            return []
        nodes = (_coded(project, "cac:MainCommodityClassification/cbc:ItemClassificationCode", "cpv")
                 + _coded(project, "cac:AdditionalCommodityClassification/cbc:ItemClassificationCode", "cpv"))
        return [n.text for n in nodes if len(n.text) == 8 and n.text.isdigit()]  # malformed ones are structure problems

    def _value(self, raw: dict) -> None:
        node = self.project.find("cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount") if self.project is not None else None
        term = "BT-27 (cbc:EstimatedOverallContractAmount)"
        if node is not None:
            value, why = self._amount(node, term)
        else:
            lot_nodes = [lot.find("cac:ProcurementProject/cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount") for lot in self.lots]
            amounts = [self._amount(n, term) for n in lot_nodes if n is not None]
            if lot_nodes and len(amounts) == len(lot_nodes) and all(v is not None for v, _ in amounts):
                value = sum((v for v, _ in amounts if v is not None), Decimal(0))
                why = f"{term}, summan av delkontraktens värden"
            else:
                value = None
                why = next((w for v, w in amounts if v is None), f"{term} saknas")
        if value is None:
            self._unknown("uppskattat_värde", why)
            return
        raw["uppskattat_värde"] = {"totalt": value}
        self.origin["uppskattat_värde"] = why
        self._unknown("uppskattat_värde.per_år", f"{term} anger hela värdet; eForms har inget värde per år")

    def _duration(self, raw: dict) -> None:
        months: list[tuple[int, str]] = []
        for lot in self.lots:
            period = lot.find("cac:ProcurementProject/cac:PlannedPeriod")
            if period is None:
                continue
            measure = period.find("cbc:DurationMeasure")
            start, end = _date(_text(period.find("cbc:StartDate"))), _date(_text(period.find("cbc:EndDate")))
            if measure is not None and measure.text.isdigit():
                unit = measure.attrib.get("unitCode", "")
                per_unit = {"MONTH": 1, "YEAR": 12}.get(unit)
                days = {"DAY": 1, "WEEK": 7}.get(unit)
                if per_unit:
                    months.append((int(measure.text) * per_unit, f"BT-36 (cbc:DurationMeasure: {measure.text} {unit})"))
                elif days:  # whole months, rounded up: a period is never shortened
                    months.append((math.ceil(int(measure.text) * days / (365.25 / 12)), f"BT-36 (cbc:DurationMeasure: {measure.text} {unit})"))
            elif start and end and end >= start:
                months.append((math.ceil(((end - start).days + 1) / (365.25 / 12)), "BT-536/BT-537 (cbc:StartDate, cbc:EndDate)"))
        if not months:
            self._unknown("avtalstid", "BT-36 (cbc:DurationMeasure) eller BT-536/BT-537 saknas, eller är UNKNOWN/UNLIMITED (BT-538)")
            return
        longest, why = max(months)
        raw["avtalstid"] = {"grundperiod_månader": longest}
        self.origin["avtalstid"] = why + (" (det längsta delkontraktet)" if len(months) > 1 else "")
        renewals = [n.text for lot in self.lots for n in lot.findall("cac:ProcurementProject/cac:ContractExtension/cac:Renewal/cbc:MaximumNumberNumeric")]
        if renewals and all(r == "0" for r in renewals) and len(renewals) == len(self.lots):
            self.origin["avtalstid.förlängning_månader"] = "BT-58 (cbc:MaximumNumberNumeric: 0)"
        else:
            self._unknown("avtalstid.förlängning_månader",
                          "BT-57/BT-58: förlängningar anges bara som text och antal, inte i månader")

    def _dates(self, raw: dict) -> None:
        issue = self.root.find("cbc:IssueDate")
        day = _date(_text(issue))
        if day:
            raw["annonseringsdatum"] = day
            self.origin["annonseringsdatum"] = "BT-05 (cbc:IssueDate, avsändningsdatum)"
        else:
            if issue is not None:
                self._problem(issue, "BT-05 (cbc:IssueDate)", f"ogiltigt datum ”{issue.text}”; väntade t.ex. 2020-02-28+01:00")
            self._unknown("annonseringsdatum", "BT-05 (cbc:IssueDate) saknas")

        deadlines = [d for lot in self.lots
                     if (d := _date(_text(lot.find("cac:TenderingProcess/cac:TenderSubmissionDeadlinePeriod/cbc:EndDate"))))]
        if deadlines:
            raw["sista_anbudsdag"] = min(deadlines)
            self.origin["sista_anbudsdag"] = "BT-131 (cac:TenderSubmissionDeadlinePeriod/cbc:EndDate)" + (
                " (den tidigaste)" if len(set(deadlines)) > 1 else "")
        else:
            self._unknown("sista_anbudsdag", "BT-131 (cac:TenderSubmissionDeadlinePeriod) saknas; i selektiva och förhandlade "
                                             "förfaranden står bara sista dag för anbudsansökan (BT-1311)")

        accelerated = _coded(self.root, "cac:TenderingProcess/cac:ProcessJustification/cbc:ProcessReasonCode", "accelerated-procedure")
        if accelerated:
            raw["brådskande"] = accelerated[0].text == "true"
            self.origin["brådskande"] = f"BT-106 (cbc:ProcessReasonCode: {accelerated[0].text})"
        else:
            self._unknown("brådskande", "BT-106 (accelerated-procedure) saknas")

        esubmission = [n.text for lot in self.lots for n in _coded(lot, "cac:TenderingProcess/cbc:SubmissionMethodCode", "esubmission")]
        if esubmission:
            raw["elektronisk_anbudsgivning"] = "not-allowed" not in esubmission
            self.origin["elektronisk_anbudsgivning"] = f"BT-17 (cbc:SubmissionMethodCode: {', '.join(sorted(set(esubmission)))})"
        else:
            self._unknown("elektronisk_anbudsgivning", "BT-17 (esubmission) saknas")

    def _lots(self, raw: dict) -> None:
        if len(self.lots) <= 1:
            raw["delkontrakt"] = []
            self.origin["delkontrakt"] = "BT-137 (cbc:ID): annonsen har ett enda delkontrakt, dvs. ingen uppdelning"
            self._unknown("skäl_mot_uppdelning", "eForms har inget fält för skälen mot uppdelning i delkontrakt")
            return
        lots, values_unknown = [], []
        for index, lot in enumerate(self.lots):
            project = lot.find("cac:ProcurementProject")
            entry: dict[str, Any] = {"namn": _multilingual(project, "cbc:Name") or self._lot_id(lot), "cpv_koder": self._cpv(project)}
            node = project.find("cac:RequestedTenderTotal/cbc:EstimatedOverallContractAmount") if project is not None else None
            value, why = self._amount(node, "BT-27") if node is not None else (None, "BT-27 saknas")
            if value is None:
                values_unknown.append(f"{self._lot_id(lot)}: {why}")
            else:
                entry["uppskattat_värde"] = value
            lots.append(entry)
            self.origin[f"delkontrakt[{index}]"] = f"BT-137 (cbc:ID: {self._lot_id(lot)}), BT-21, BT-27, BT-262"
        raw["delkontrakt"] = lots
        self.origin["delkontrakt"] = "BT-137 (cac:ProcurementProjectLot)"
        if values_unknown:
            self._unknown("delkontrakt.uppskattat_värde", "BT-27 per delkontrakt: " + "; ".join(values_unknown))

    def _qualification(self, raw: dict) -> None:
        requirements: list[dict] = []
        origins: list[str] = []
        unread = 0
        seen: set[tuple[str, str]] = set()
        sources = {n.text for lot in self.lots for n in _coded(
            lot, "cac:TenderingTerms/cac:TendererQualificationRequest/cac:SpecificTendererRequirement/cbc:TendererRequirementTypeCode",
            "selection-criteria-source")}
        for lot in self.lots:
            for number, criterion in enumerate(lot.findall(f"cac:TenderingTerms/{_EXT}/efac:SelectionCriteria"), start=1):
                code = next((n.text for n in _coded(criterion, "cbc:TendererRequirementTypeCode", "selection-criterion")), "")
                text = _multilingual(criterion, "cbc:Description") or ""
                if (code, text) in seen:  # the same criterion repeated for every lot
                    continue
                seen.add((code, text))
                where = f"BT-809/BT-750 ({self._lot_id(lot)}, urvalskriterium {number}: {code or 'utan typ'})"
                mapped, was_unread = criterion_requirements(code, text)
                unread += was_unread
                requirements += mapped
                origins += [where] * len(mapped)
        raw["kvalificeringskrav"] = requirements
        for index, where in enumerate(origins):
            self.origin[f"kvalificeringskrav[{index}]"] = where
        if requirements and len(self.lots) > 1:
            self._unknown("kvalificeringskrav.delkontrakt", "BT-809 anges per delkontrakt; vilket delkontrakt ett krav "
                                                            "gäller mappas inte")
        terms = "BT-809 (cbc:TendererRequirementTypeCode), BT-750 (cbc:Description)"
        if not seen:
            where = ", ".join(sorted(sources)) or "saknas"
            self._unknown("kvalificeringskrav", f"BT-809 saknas; urvalskriterierna anges enligt BT-821 ({where}) "
                                                "utanför annonsen; bedömning krävs")
        elif unread:
            self._unknown("kvalificeringskrav", f"{terms}: {unread} urvalskriterier kunde inte läsas säkert ur fritexten och "
                                                "finns som ”övrigt”; bedömning krävs")
        else:
            self.origin["kvalificeringskrav"] = terms

    def _award(self, raw: dict) -> None:
        """Price and quality weights (BT-539 + BT-541), when every lot states them the same way."""
        models: set[tuple[Decimal, Decimal] | None] = set()
        why = "BT-539 (cbc:AwardingCriterionTypeCode) med BT-541 (efbc:ParameterNumeric) saknas"
        for lot in self.lots:
            criteria = lot.findall("cac:TenderingTerms/cac:AwardingTerms/cac:AwardingCriterion/cac:SubordinateAwardingCriterion")
            weights = [(next((n.text for n in _coded(c, "cbc:AwardingCriterionTypeCode", "award-criterion-type")), None),
                        self._weight(c)) for c in criteria]
            if not weights or any(kind is None or weight is None for kind, weight in weights):
                if weights:
                    why = "BT-539/BT-541: en vikt saknas eller anges inte som procent (per-exa) eller andel (dec-exa)"
                models.add(None)
                continue
            price = sum((w for kind, w in weights if w is not None and kind in ("price", "cost")), Decimal(0))
            quality = sum((w for kind, w in weights if w is not None and kind == "quality"), Decimal(0))
            models.add((price, quality))
        model = next(iter(models)) if len(models) == 1 else None
        if model is not None:
            raw["utvärderingsmodell"] = {"viktning": "procent", "pris_vikt": model[0], "kvalitet_vikt": model[1]}
            self._unknown("utvärderingsmodell.tilldelningsgrund", "BT-539 anger kriteriernas slag, inte tilldelningsgrunden")
            self.origin["utvärderingsmodell"] = ("BT-539 (cbc:AwardingCriterionTypeCode: price/cost → pris, quality → kvalitet), "
                                                 "BT-541 (efbc:ParameterNumeric)")
        else:
            self._unknown("utvärderingsmodell", why if None in models or not models
                          else "BT-539/BT-541: delkontrakten har olika utvärderingsmodeller")

    @staticmethod
    def _weight(criterion: Node) -> Decimal | None:
        for parameter in criterion.findall(f"{_EXT}/efac:AwardCriterionParameter"):
            code = parameter.find("efbc:ParameterCode")
            number = _text(parameter.find("efbc:ParameterNumeric"))
            if code is None or code.attrib.get("listName") != "number-weight" or number is None:
                continue
            try:
                value = Decimal(number)
            except InvalidOperation:
                return None
            if code.text == "per-exa":
                return value
            if code.text == "dec-exa":
                return value * 100
        return None

    def _social_and_reservation(self, raw: dict) -> None:
        tqr = "cac:TenderingTerms/cac:TendererQualificationRequest/cac:SpecificTendererRequirement/cbc:TendererRequirementTypeCode"
        cer = "cac:TenderingTerms/cac:ContractExecutionRequirement/cbc:ExecutionRequirementCode"
        reserved = [n.text for lot in self.lots for n in _coded(lot, tqr, "reserved-procurement")]
        execution = [n.text for lot in self.lots for n in _coded(lot, cer, "reserved-execution")]
        kind = next((RESERVATION[c] for c in reserved if c in RESERVATION), None)
        origin = f"BT-71 (reserved-procurement: {', '.join(dict.fromkeys(reserved))})"
        if kind is None and "yes" in execution:
            kind, origin = "skyddad anställning", "BT-736 (reserved-execution: yes)"
        follow = raw.setdefault("uppföljning", {})
        if kind:
            raw["reservation"] = {"slag": kind, "angiven_i_annonsen": True}
            self.origin["reservation"] = origin
            self._unknown("reservation.andel_anställda_med_funktionsnedsättning_eller_missgynnade",
                          "eForms anger inte andelen anställda med funktionsnedsättning eller missgynnade")
            follow["reserverad"] = True
        elif reserved or execution:
            self.origin["reservation"] = f"BT-71/BT-736: ingen reservation ({', '.join(dict.fromkeys(reserved + execution))})"
            follow["reserverad"] = False
        else:
            self._unknown("reservation", "BT-71 (reserved-procurement) och BT-736 (reserved-execution) saknas")

        additional = "cac:ProcurementProject/cac:ProcurementAdditionalType/cbc:ProcurementTypeCode"
        strategic = {n.text for lot in self.lots for n in _coded(lot, additional, "strategic-procurement")}
        for field, list_name, goal in (("miljömässigt_hållbar", "environmental-impact", "env-imp"),
                                       ("socialt_hållbar", "social-objective", "soc-obj"),
                                       ("innovationsupphandling", "innovative-acquisition", "inn-pur")):
            codes = {n.text for lot in self.lots for n in _coded(lot, additional, list_name)}
            if codes or goal in strategic:
                follow[field] = True
            elif strategic:
                follow[field] = False
        self.origin["uppföljning"] = "BT-06 (strategic-procurement), BT-774, BT-775, BT-776, BT-71, BT-736, BT-765, BT-759/BT-760"

    def _subcontracting(self, raw: dict) -> None:
        path = "cac:TenderingTerms/cac:AllowedSubcontractTerms/cbc:SubcontractingConditionsCode"
        codes = {n.text for lot in self.lots for n in _coded(lot, path, "subcontracting-obligation")}
        field = "särskilda_kontraktsvillkor.underleverantörsvillkor"
        if "subc-chng" in codes:
            raw.setdefault("särskilda_kontraktsvillkor", {})["underleverantörsvillkor"] = {"ska_namnges": True}
            self.origin[f"{field}.ska_namnges"] = ("BT-65 (cbc:SubcontractingConditionsCode: subc-chng): leverantören ska "
                                                   "ange underleverantörer och varje byte av underleverantör")
            for name in _SUBCONTRACTING_UNKNOWN:
                self._unknown(f"{field}.{name}", "BT-65 anger bara skyldigheten att anmäla underleverantörer")
        else:
            self._unknown(field, f"BT-65 (subcontracting-obligation: {', '.join(sorted(codes)) or 'saknas'}) anger inga "
                                 "villkor om underleverantörer")

    def _follow_up(self, raw: dict) -> None:
        follow = raw.setdefault("uppföljning", {})
        systems = [n.text for lot in self.lots for n in _coded(lot, "cac:TenderingProcess/cac:ContractingSystem/cbc:ContractingSystemTypeCode",
                                                               "framework-agreement")]
        if systems:
            raw["ramavtal"] = any(s != "none" for s in systems)
            self.origin["ramavtal"] = "BT-765 (cbc:ContractingSystemTypeCode)"
        result = self.root.find(f"{_EXT}/efac:NoticeResult")
        if result is None:
            return
        tenders = []
        for lot_result in result.findall("efac:LotResult"):
            for stats in lot_result.findall("efac:ReceivedSubmissionsStatistics"):
                if _text(stats.find("efbc:StatisticsCode")) == "tenders" and (n := _text(stats.find("efbc:StatisticsNumeric"))) and n.isdigit():
                    tenders.append(int(n))
        if tenders:
            follow["antal_anbud"] = tenders
        reviews = [_text(s.find("efbc:StatisticsNumeric")) for s in result.findall("efac:LotResult/efac:AppealRequestsStatistics")
                   if (code := s.find("efbc:StatisticsCode")) is not None and code.attrib.get("listName") == "review-type"]
        if reviews:
            follow["överprövad"] = any(r and r.isdigit() and int(r) > 0 for r in reviews)
        total = result.find("cbc:TotalAmount")
        if total is not None:
            value, _why = self._amount(total, "BT-161 (cbc:TotalAmount)")
            if value is not None:
                follow["kontrakterat_värde"] = value


# --- Selection criteria → kvalificeringskrav --------------------------------------------

_REGISTERS = {"slc-suit-reg-prof": "yrkesregister", "slc-suit-reg-trade": "handelsregister"}
_CERTIFICATES = {"slc-sche-qu-cert-indep", "slc-sche-env-cert-indep", "slc-abil-mgmt-qual", "slc-abil-mgmt-env"}
_STANDARD = re.compile(r"\b(?:SS-|BS |EN |SS-EN )?ISO\s?\d{4,5}(?:[-:]\d+)?\b|\bEMAS\b")


def criterion_requirements(code: str, text: str) -> tuple[list[dict], bool]:
    """One selection criterion (BT-809 code, BT-750 text) as kvalificeringskrav, and whether any of it went unread.

    The code alone settles registers and insurance; certificates need a named standard;
    levels (turnover, references) come from the text. Text that could not be read is kept
    as one `övrigt` requirement.
    """
    description = text or None
    if code in _REGISTERS:
        return [{"typ": "yrkesregister", "registernamn": _REGISTERS[code], "beskrivning": description}], False
    if code == "slc-stand-ins":
        amounts = set(fritext_tal.sek_amounts(text))
        return [{"typ": "försäkring", "beskrivning": description,
                 **({"belopp": amounts.pop()} if len(amounts) == 1 else {})}], False
    if code in _CERTIFICATES:
        standard = _STANDARD.search(text)
        if standard:
            return [{"typ": "certifiering", "standard": standard.group(0), "beskrivning": description,
                     "eller_likvärdigt": bool(re.search(r"likvärdig|equivalent", text, re.IGNORECASE))}], False
    found = fritext_krav.extract(text)
    requirements = [{"typ": "omsättning", "belopp": amount, "beskrivning": description,
                     **({"antal_år": years} if years is not None else {})} for amount, years in found.turnover]
    requirements += [{"typ": "referensuppdrag", "antal": count, "tidsperiod_år": years, "beskrivning": description}
                     for count, years in found.references]
    if found.unread or not requirements:
        rest = " ".join(found.unread) or "(ingen beskrivning i annonsen)"
        requirements.append({"typ": "övrigt", "beskrivning": f"{code or 'urvalskriterium'}: {rest}"})
        return requirements, True
    return requirements, False
