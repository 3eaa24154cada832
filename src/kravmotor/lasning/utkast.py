"""Extracted values → a draft förfrågningsunderlag (YAML) for a person to confirm or correct.

Every field the documents did not give, or gave in conflicting or unsure ways, is
listed in `okända_uppgifter`, so that a rule needing it reports *underlag saknas*
instead of guessing. Each value's source is written in `ursprung` (file, section,
page, the sentence quoted, confidence and status) and the summary at the top
lists what was found, what conflicts and what is unknown.

A list the documents gave some elements of (requirements, specifications,
miljökrav) may hold more that were not found: it is declared `lista[+]`, so rules
decide on what was found and say *underlag saknas* for the rest. An object whose
presence was read but not its fields (a sanctions clause without the details)
gets those fields declared unknown, never the model's default "nej".

Values the model has no field for yet are kept in the summary as comments, not lost.
A reference period that is not whole years is written in months.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from .kalla import Källa, Uppgift

# Model fields no extractor reads: a draft cannot know them.
NOT_READ = ["cpv_koder", "skäl_mot_uppdelning", "behövlighetsbedömning", "andra_företags_kapacitet",
            "utförande", "reservation", "uteslutningsgrunder", "avtalsuppföljning", "onormalt_låga_anbud", "beredskap",
            "upphandlande_myndighet.namn", "upphandlande_myndighet.typ", "upphandlande_myndighet.organisationsnummer"]


class Utkast:
    """A draft document (a dict the model loads) and the notes a person needs to check it."""

    def __init__(self, name: str, found: dict[str, Uppgift], files: list[str]):
        self.name = name
        self.found = found
        self.files = files
        self.data: dict[str, Any] = {}
        self.unknown: list[str] = []
        self.origins: dict[str, Any] = {}
        self.notes: list[str] = []  # values read that the model cannot hold yet
        self._build()

    def value(self, key: str):
        uppgift = self.found.get(key)
        return uppgift.värde if uppgift else None

    def _origin(self, path: str, *keys: str) -> None:
        sources = [self.found[k] for k in keys if k in self.found and self.found[k].värde is not None]
        if sources:
            self.origins[path] = _origin_value([u.källa for u in sources if u.källa], sources)

    def _build(self) -> None:
        title = next((k for k in self.files), self.name)
        self.data = {"id": _slug(self.name), "titel": Path(title).stem, "upphandlande_myndighet": {}}
        self.unknown = list(NOT_READ)
        for key in ("lagrum", "regim", "förfarande", "upphandlingsslag", "annonseringsdatum", "sista_anbudsdag", "ramavtal",
                    "förhandsannons", "brådskande"):
            self._scalar(key, key)
        if self.value("avropsform") is not None:  # a call-off: said so, or not known to be one
            self._scalar("avropsform", "avropsform")
        if self.value("bilaga_2_tjänst") is not None:  # not said: the CPV codes decide (motor.facts)
            self._scalar("bilaga_2_tjänst", "bilaga_2_tjänst")
        self._scalar("uppskattat_värde.totalt", "uppskattat_värde", lambda v: {"totalt": v})
        self._contract_period()
        self._lots()
        self._qualification()
        self._specifications()
        self._conditions()
        self._evaluation()
        self._environment()
        self.data["okända_uppgifter"] = sorted(set(self.unknown))

    def _scalar(self, key: str, path: str, shape=lambda v: v) -> None:
        value = self.value(key)
        if value is None:
            self.unknown.append(path)
        else:
            self.data[path] = shape(value)
            self._origin(path, key)

    def _contract_period(self) -> None:
        base, extension = self.value("avtalstid.grundperiod_månader"), self.value("avtalstid.förlängning_månader")
        if base is None:
            self.unknown.append("avtalstid")
            if extension is not None:
                self.notes.append(f"förlängning {extension} månader (grundperioden är okänd, så avtalstiden skrivs inte)")
            return
        self.data["avtalstid"] = {"grundperiod_månader": base}
        if extension is not None:
            self.data["avtalstid"]["förlängning_månader"] = extension
        else:
            self.unknown.append("avtalstid.förlängning_månader")
        self._origin("avtalstid", "avtalstid.grundperiod_månader", "avtalstid.förlängning_månader")

    def _lots(self) -> None:
        count = self.value("antal_delkontrakt")
        if count is None:
            self.unknown.append("delkontrakt")
            return
        self.data["delkontrakt"] = [{"namn": f"Delkontrakt {i}"} for i in range(1, count + 1)]
        self._origin("delkontrakt", "antal_delkontrakt")

    def _qualification(self) -> None:
        requirements = []
        turnover = self.value("omsättning.belopp")
        if turnover is not None:
            requirement = {"typ": "omsättning", "belopp": turnover, "beskrivning": self._quote("omsättning.belopp")}
            if self.value("omsättning.antal_år") is not None:
                requirement["antal_år"] = self.value("omsättning.antal_år")
            requirements.append(requirement)
            self._origin(f"kvalificeringskrav[{len(requirements) - 1}]", "omsättning.belopp", "omsättning.antal_år")
        count, months = self.value("referensuppdrag.antal"), self.value("referensuppdrag.tidsperiod_månader")
        if count is not None and months is not None:
            period = {"tidsperiod_år": months // 12} if months % 12 == 0 else {"tidsperiod_månader": months}
            requirements.append({"typ": "referensuppdrag", "antal": count, **period,
                                 "beskrivning": self._quote("referensuppdrag.antal")})
            self._origin(f"kvalificeringskrav[{len(requirements) - 1}]", "referensuppdrag.antal",
                         "referensuppdrag.tidsperiod_månader")
        elif count is not None or months is not None:
            self.notes.append(f"referensuppdrag: antal {_shown(count)}, hur långt bakåt {_shown(months)} månader "
                              "(utkastet skriver kravet bara när båda är lästa)")
        risk, other = self.value("kreditupplysning.lägsta_riskklass"), self.value("kreditupplysning.annan_bevisning_godtas")
        if risk is not None or other is not None:
            requirement = {"typ": "kreditupplysning", "beskrivning": self._quote("kreditupplysning.lägsta_riskklass")
                           or self._quote("kreditupplysning.annan_bevisning_godtas")}
            if risk is not None:
                requirement["lägsta_riskklass"] = risk
            if other is not None:
                requirement["annan_bevisning_godtas"] = other
            requirements.append(requirement)
            self._origin(f"kvalificeringskrav[{len(requirements) - 1}]", "kreditupplysning.lägsta_riskklass",
                         "kreditupplysning.annan_bevisning_godtas")
        insurance = self.value("försäkring.belopp")
        if insurance is not None:
            requirements.append({"typ": "försäkring", "belopp": insurance, "beskrivning": self._quote("försäkring.belopp")})
            self._origin(f"kvalificeringskrav[{len(requirements) - 1}]", "försäkring.belopp")
        for item in self.value("certifiering") or []:
            requirements.append({"typ": "certifiering", "standard": item["standard"],
                                 "eller_likvärdigt": item["eller_likvärdigt"]})
            self._origin(f"kvalificeringskrav[{len(requirements) - 1}]", "certifiering")
        if requirements:
            self.data["kvalificeringskrav"] = requirements
            self.unknown.append("kvalificeringskrav[+]")  # requirements the patterns did not find may exist
            if self.data.get("delkontrakt"):  # which lot a requirement is for is not read
                self.unknown.append("kvalificeringskrav.delkontrakt")
        else:
            self.unknown.append("kvalificeringskrav")

    def _specifications(self) -> None:
        brands = self.value("varumärken")
        if not brands:
            self.unknown.append("tekniska_specifikationer")
            return
        quote = self._quote("varumärken")
        self.data["tekniska_specifikationer"] = [
            {"beskrivning": quote or item["namn"], "hänvisning": "varumärke", "hänvisning_namn": item["namn"],
             "eller_likvärdigt": item["eller_likvärdigt"]} for item in brands]
        self.unknown.append("tekniska_specifikationer[+]")
        self._origin("tekniska_specifikationer", "varumärken")

    def _conditions(self) -> None:
        conditions: dict[str, Any] = {}
        if self.value("underleverantörsvillkor"):
            conditions["underleverantörsvillkor"] = {}
            self._unread_fields("särskilda_kontraktsvillkor.underleverantörsvillkor", {})
            self._origin("särskilda_kontraktsvillkor.underleverantörsvillkor", "underleverantörsvillkor")
        else:
            self.unknown.append("särskilda_kontraktsvillkor.underleverantörsvillkor")
        sanctions = {name: True for name in ("vite", "hävning") if self.value(f"sanktioner.{name}")}
        if sanctions:
            conditions["sanktioner"] = sanctions
            self._unread_fields("särskilda_kontraktsvillkor.sanktioner", sanctions)
            self._origin("särskilda_kontraktsvillkor.sanktioner", "sanktioner.vite", "sanktioner.hävning")
        else:
            self.unknown.append("särskilda_kontraktsvillkor.sanktioner")
        if self.value("force_majeure"):
            conditions["beredskapsklausuler"] = [{"slag": "force majeure", "beskrivning": self._quote("force_majeure")}]
            self.unknown += ["särskilda_kontraktsvillkor.beredskapsklausuler[+]",
                             "särskilda_kontraktsvillkor.beredskapsklausuler[0].granskad"]
            self._origin("särskilda_kontraktsvillkor.beredskapsklausuler", "force_majeure")
        else:
            self.unknown.append("särskilda_kontraktsvillkor.beredskapsklausuler")
        if self.value("arbetsrättsliga_villkor"):
            quote = (self._quote("arbetsrättsliga_villkor") or "").lower()
            labour = {word: True for word in ("lön", "semester", "arbetstid") if word in quote}
            if self.value("arbetsrättsliga_villkor.nivå"):
                labour["nivå"] = self.value("arbetsrättsliga_villkor.nivå")
            conditions["arbetsrättsliga_villkor"] = labour
            self._unread_fields("särskilda_kontraktsvillkor.arbetsrättsliga_villkor", labour)
            self._origin("särskilda_kontraktsvillkor.arbetsrättsliga_villkor", "arbetsrättsliga_villkor",
                         "arbetsrättsliga_villkor.nivå")
        else:
            self.unknown.append("särskilda_kontraktsvillkor.arbetsrättsliga_villkor")
        if self.value("sysselsättningskrav"):
            conditions["sysselsättningskrav"] = {"beskrivning": self._quote("sysselsättningskrav")}
            self._unread_fields("särskilda_kontraktsvillkor.sysselsättningskrav", conditions["sysselsättningskrav"])
            self._origin("särskilda_kontraktsvillkor.sysselsättningskrav", "sysselsättningskrav")
        else:
            self.unknown.append("särskilda_kontraktsvillkor.sysselsättningskrav")
        if conditions:
            self.data["särskilda_kontraktsvillkor"] = conditions

    def _evaluation(self) -> None:
        basis, weight = self.value("utvärdering.tilldelningsgrund"), self.value("utvärdering.pris_vikt")
        if basis is None and weight is None:
            self.unknown.append("utvärderingsmodell")
            return
        model: dict[str, Any] = {}
        if basis is not None:
            model["tilldelningsgrund"] = basis
        if weight is not None:  # the pattern reads a weight in percent
            model.update(viktning="procent", pris_vikt=weight, kvalitet_vikt=Decimal(100) - Decimal(weight))
        elif basis == "pris":
            model["pris_vikt"] = 100
        self.data["utvärderingsmodell"] = model
        self._unread_fields("utvärderingsmodell", model)  # the criteria and what else was not read
        self._origin("utvärderingsmodell", "utvärdering.tilldelningsgrund", "utvärdering.pris_vikt")

    def _environment(self) -> None:
        """A miljökrav was found: one, with its level when the text names it; others may exist."""
        if not self.value("miljökrav"):
            self.unknown.append("miljökrav")
            return
        requirement = {"område": self._quote("miljökrav") or "Miljökrav"}
        if self.value("miljökrav.nivå") is not None:
            requirement["nivå"] = self.value("miljökrav.nivå")
        self.data["miljökrav"] = [requirement]
        self._unread_fields("miljökrav[0]", requirement, skip={"område"})
        self.unknown.append("miljökrav[+]")
        self._origin("miljökrav[0]", "miljökrav", "miljökrav.nivå")

    def _unread_fields(self, path: str, read: dict[str, Any], skip: Collection[str] = frozenset()) -> None:
        """The fields of an object whose presence was read but not these fields: unknown, not the
        model's defaults (a sanctions clause found says nothing of hävning)."""
        from ..model.fields import document_fields, walk_path

        ftype = walk_path(document_fields(), re.sub(r"\[\d+\]", "", path))
        ftype = ftype.item if ftype is not None and ftype.kind == "lista" else ftype
        for name in sorted(ftype.children) if ftype is not None else ():
            if name not in read and name not in skip:
                self.unknown.append(f"{path}.{name}")

    def _quote(self, key: str) -> str | None:
        uppgift = self.found.get(key)
        return uppgift.källa.citat if uppgift and uppgift.källa else None

    def summary(self) -> dict[str, list[str]]:
        """Found, conflicting (with candidates), unsure and unknown label fields, as lines for a person."""
        lines: dict[str, list[str]] = {"hittade": [], "konflikter": [], "osäkra": [], "okända": []}
        for key, uppgift in self.found.items():
            state = uppgift.läge
            if state == "hittad":
                where = (uppgift.källa.plats or uppgift.källa.fil) if uppgift.källa else "?"
                lines["hittade"].append(f"{key} = {_shown(uppgift.värde)} ({where})")
            elif state in ("konflikt", "osäker"):
                candidates = "; ".join(f"{_shown(c.värde)} ({c.källa.text()})" for c in uppgift.kandidater[:4])
                lines["konflikter" if state == "konflikt" else "osäkra"].append(f"{key}: {candidates}")
            else:
                lines["okända"].append(key)
        return lines

    def document(self):
        """The draft as a förfrågningsunderlag, every value with its source (`ursprung`), for checking
        as it is: the values are drafts, and a finding quotes the sentence it rests on."""
        from pydantic import ValidationError

        from ..errors import InputError
        from ..model.dokument import Förfrågningsunderlag

        try:
            return Förfrågningsunderlag.model_validate({**self.data, "ursprung": self.origins})
        except ValidationError as exc:  # a value read that the model refuses (an abolished procedure), said with its source
            raise InputError([self._refused(err) for err in exc.errors()[:20]]) from None

    def _refused(self, err: Mapping[str, Any]):
        from ..errors import Location, Problem
        from ..model.loading import describe_validation_error
        from ..model.ursprung import Ursprung

        path, message = describe_validation_error(err)
        origin = self.origins.get((path or "").split("[")[0].split(".")[0])
        where = f" (läst ur {Ursprung.model_validate(origin).text()})" if origin else ""
        return Problem(Location(", ".join(self.files), field_path=path),
                       f"ett värde som lästes ur dokumentet passar inte i underlaget: {message}{where}")

    def yaml(self) -> str:
        summary = self.summary()
        head = [f"# Utkast ur {', '.join(self.files)}, skapat av kravmotor läs.",
                "# Alla värden är utkast: bekräfta eller rätta dem mot dokumenten innan underlaget granskas.",
                f"# Hittade: {len(summary['hittade'])}, motstridiga: {len(summary['konflikter'])}, "
                f"osäkra: {len(summary['osäkra'])}, inte funna: {len(summary['okända'])}."]
        for title, key in (("Motstridiga uppgifter (lämnade okända)", "konflikter"),
                           ("Osäkra uppgifter (lämnade okända)", "osäkra"),
                           ("Lästa uppgifter som underlaget ännu inte har fält för", None)):
            rows = summary[key] if key else self.notes
            if rows:
                head.append(f"# {title}:")
                head += [f"#   - {_one_line(row)}" for row in rows]
        data = dict(self.data)
        data["ursprung"] = self.origins
        body = yaml.safe_dump(_plain(data), allow_unicode=True, sort_keys=False, width=120)
        return "\n".join(head) + "\n" + body


def _origin_value(sources: list[Källa], readings: list[Uppgift]) -> dict[str, Any]:
    """One field's source as the model's `ursprung` takes it: the first place the documents state it
    (file, page, section, the quoted sentence), how sure the patterns were, and that it is a draft."""
    confidence = min(u.säkerhet for u in readings)
    others = len({s.text() for s in sources}) - 1
    note = {"anmärkning": f"också på {others} ställe till" if others == 1 else f"också på {others} ställen till"} if others else {}
    return {**{k: v for k, v in sources[0].as_dict().items() if v is not None}, **note,
            "säkerhet": round(confidence, 2), "status": readings[0].status}


def _plain(value: Any) -> Any:
    """Decimals as int or float and dates as strings, so safe_dump writes plain YAML."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _shown(value: Any) -> str:
    if value is None:
        return "okänt"
    if isinstance(value, list):
        return ", ".join(_shown(v) for v in value)
    if isinstance(value, dict):
        return " ".join(f"{k}={_shown(v)}" for k, v in value.items())
    if isinstance(value, Decimal):
        return str(_plain(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _slug(name: str) -> str:
    return re.sub(r"[^\wåäöÅÄÖ-]+", "-", Path(name).stem).strip("-") or "utkast"
