"""JSON Schemas (draft 2020-12) for every kind of input file, for editors and other tools.

A schema must accept what the loader (model.loading) accepts, or an editor marks a correct
file red: so besides pydantic's own schema it says what the loader adds before validation
(`ja`/`nej` for a boolean, a whole number for a text, `okänt` for an optional fact of an
underlag, the field paths `okända_uppgifter` may name). Type names are the model's own,
written without å, ä, ö (`SarskildaKontraktsvillkor`), since a $ref is a URI.
One place registers the kinds: SCHEMAS (importing this module loads no model, so the CLI's
options can name the kinds).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ..lang.compiler import Rulebook
    from .fields import FieldType

DIALECT = "https://json-schema.org/draft/2020-12/schema"

_ASCII = str.maketrans({"å": "a", "ä": "a", "ö": "o", "Å": "A", "Ä": "A", "Ö": "O", "é": "e", "ü": "u"})


def _any_case(word: str) -> str:
    """A regex for `word` in any letter case (ECMA-262 has no inline flags)."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.lower() != c.upper() else c if c.isalnum() or c == " "
                   else re.escape(c) for c in word)


def _words(words) -> str:
    return r"^\s*(" + "|".join(_any_case(w) for w in sorted(words)) + r")\s*$"


# What the loader turns into a boolean: its Swedish words, and the words pydantic takes.
TRUTH_WORDS = ("ja", "nej", "sant", "falskt", "true", "false", "yes", "no", "on", "off", "y", "n", "t", "f", "1", "0")
BOOLEAN = {"anyOf": [{"type": "boolean"}, {"type": "string", "pattern": _words(TRUTH_WORDS)}, {"enum": [0, 1]}]}


def _generator():
    from pydantic.json_schema import GenerateJsonSchema

    class Generator(GenerateJsonSchema):
        def normalize_name(self, name: str) -> str:
            return super().normalize_name(name.translate(_ASCII))

        def bool_schema(self, schema) -> dict:
            return {**BOOLEAN, "description": "Ja eller nej: true/false, ja/nej eller sant/falskt."}

        def str_schema(self, schema) -> dict:
            out = super().str_schema(schema)
            if "pattern" in out or "minLength" in out:  # a whole number is read as text, then checked as text
                return {"anyOf": [out, {"type": "integer"}]}
            return {"type": ["string", "integer"], **{k: v for k, v in out.items() if k != "type"}}

    return Generator


def _inline_generics(schema: dict) -> None:
    """A generic model's parts (`Uppgift[bool]`) have no name a reader could use: written out where used."""
    defs = schema.get("$defs", {})
    odd = {name: defs.pop(name) for name in [n for n in defs if not re.fullmatch(r"[A-Za-z0-9]+", n)]}

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            target = ref.removeprefix("#/$defs/")
            if target in odd:
                rest = {k: v for k, v in node.items() if k != "$ref"}
                return {**inline(odd[target]), **rest}
            return {k: inline(v) for k, v in node.items()}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    schema.update(inline(schema))


def model_schema(model: type[BaseModel], title: str, description: str) -> dict:
    schema = model.model_json_schema(schema_generator=_generator())
    schema.pop("title", None)
    schema.pop("description", None)
    _inline_generics(schema)
    return {"$schema": DIALECT, "title": title, "description": description, **schema}


# --- Förfrågningsunderlag -------------------------------------------------------------------

def _unknown_words() -> tuple[str, ...]:
    from .loading import UNKNOWN_WORDS

    return tuple(UNKNOWN_WORDS)


def _field_paths(ftype: FieldType, prefix: str = "") -> list[str]:
    """Regex alternatives for every path `okända_uppgifter` may name (model.fields.walk_path)."""
    out = []
    for name, child in ftype.children.items():
        here = f"{prefix}{re.escape(name)}"
        if child.kind == "lista":
            out.append(here + r"(\[(\d+|\+)\])?")
            if child.item is not None and child.item.kind == "objekt":
                out += _field_paths(child.item, here + r"(\[\d+\])?\.")
        else:
            out.append(here)
            if child.kind == "objekt":
                out += _field_paths(child, here + r"\.")
    return out


def _allow_unknown(node: Any, unknown: dict) -> None:
    """Every optional field but `typ` may be written `okänt` (the loader declares it unknown); a required one may not."""
    if isinstance(node, dict):
        properties = node.get("properties")
        if isinstance(properties, dict):
            required = set(node.get("required", ()))
            for name, prop in properties.items():
                if name in ("typ", "okända_uppgifter"):
                    continue
                if name in required:  # left out by the loader, then missing
                    prop["not"] = unknown
                else:
                    described = {k: prop.pop(k) for k in ("description", "title", "default", "x-utelämnad") if k in prop}
                    properties[name] = {**described, "anyOf": [dict(prop), unknown]}
        for value in node.values():
            _allow_unknown(value, unknown)
    elif isinstance(node, list):
        for value in node:
            _allow_unknown(value, unknown)


def document_schema(rulebook: Rulebook | None = None) -> dict:
    from .dokument import Förfrågningsunderlag
    from .fields import document_fields

    schema = model_schema(Förfrågningsunderlag, "Förfrågningsunderlag", (
        "Ett förfrågningsunderlag för offentlig upphandling så som kravmotor läser det (YAML eller JSON). "
        "Belopp anges i kronor exklusive moms, datum som ÅÅÅÅ-MM-DD. Ett valfritt fält kan skrivas okänt."))
    unknown = {"type": "string", "pattern": _words(_unknown_words()),
               "description": "Uppgiften är okänd (okänt, okänd eller vet inte)."}
    _allow_unknown(schema, unknown)
    schema["properties"]["okända_uppgifter"]["items"] = {
        "type": "string", "pattern": "^(" + "|".join(_field_paths(document_fields())) + ")$",
        "description": "Ett fält i underlaget, t.ex. uppskattat_värde.totalt, kvalificeringskrav[0].belopp "
                       "eller kvalificeringskrav[+] (fler element än de angivna kan finnas)."}
    return schema


# --- Leverantör, självskattning ---------------------------------------------------------------

def supplier_schema(rulebook: Rulebook | None = None) -> dict:
    from .leverantor import Leverantör

    return model_schema(Leverantör, "Leverantör", (
        "En leverantör så som kravmotor screena läser den (YAML eller JSON): varje uppgift med sin källa och "
        "det datum den hämtades, och underleverantörerna i alla led."))


def self_assessment_schema(rulebook: Rulebook | None = None) -> dict:
    from ..mognad.mall import describe_criteria
    from ..resources import rules_dir
    from .organisation import Självskattning

    if rulebook is None:
        from ..lang.loader import load_rulebook

        rulebook = load_rulebook(rules_dir())
    schema = model_schema(Självskattning, "Självskattning", (
        "En organisations självskattning enligt Dalamodellen och ambitionsgrafen, så som kravmotor mognad läser "
        "den (YAML eller JSON). Ett svar som är ”vet inte” eller saknas är okänt."))
    describe_criteria(schema, rulebook)
    return schema


# The one place to register an input kind's schema (`kravmotor schema --för NAMN`).
SCHEMAS: dict[str, Callable[..., dict]] = {
    "underlag": document_schema,
    "leverantör": supplier_schema,
    "självskattning": self_assessment_schema,
}


def json_schema(kind: str, rulebook: Rulebook | None = None) -> dict:
    return SCHEMAS[kind](rulebook)
