"""Building blocks shared by every part of the document model: units, amounts, the base class."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Annotated, Any, TypeVar, overload

from pydantic import BaseModel, ConfigDict, Field

from ..values import Span


class Enhet:
    """Marks a numeric field with the unit it is measured in (kr, år, ...)."""

    def __init__(self, namn: str):
        self.namn = namn

    def __repr__(self) -> str:
        return f"Enhet({self.namn!r})"


# At most 10^15 kr and öre precision: far beyond any procurement, and within what
# the engines represent exactly enough (doubles; durable_rules refuses exponents).
# An amount may be known only as a span (`{lägst: ..., högst: ...}`), e.g. when an importer read
# "ca 2–3 miljoner kronor": rules then decide only where the whole span decides.
Belopp = Annotated[
    Annotated[Decimal, Field(ge=0, le=10**15, decimal_places=2)] | Span,
    Field(description="Belopp i kronor exklusive moms, eller ett spann {lägst, högst} när beloppet bara är känt ungefär."),
    Enhet("kr"),
]
Antal_år = Annotated[int, Field(ge=0, le=100), Enhet("år")]
Antal_månader = Annotated[int, Field(ge=0, le=1200), Enhet("månader")]
Procent = Annotated[Decimal, Field(ge=0, le=100, decimal_places=2), Enhet("procent")]
Antal = Annotated[int, Field(ge=0)]
CpvKod = Annotated[str, Field(pattern=r"^\d{8}(-\d)?$", description="CPV-kod, åtta siffror, t.ex. 90911200-8.")]
Organisationsnummer = Annotated[str, Field(pattern=r"^\d{6}-?\d{4}$", description="Organisationsnummer, t.ex. 212000-2163.")]


SNI_PATTERN = r"^\d{5}$"  # a supplier's SNI code (model.leverantor); its error is worded in model.loading


M = TypeVar("M", bound=BaseModel)


@overload
def with_dash(number: str) -> str: ...
@overload
def with_dash(number: None) -> None: ...
def with_dash(number: str | None) -> str | None:
    """An organisationsnummer as NNNNNN-NNNN, however it was written, so that two can be compared."""
    return number if number is None or "-" in number else f"{number[:6]}-{number[6:]}"


def empty_list() -> list:
    """`default_factory` of a list field: a function of ours rather than `list`, because pydantic reads the
    factory's signature when it builds a model, and a builtin's is parsed from text by the tokenizer
    (several milliseconds of every start that validates a document)."""
    return []


def empty_dict() -> dict:
    """`default_factory` of a mapping field (see `empty_list`)."""
    return {}


class Modell(BaseModel):
    """Base for every part of the document: unknown fields are errors, not ignored."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, str_strip_whitespace=True, defer_build=True)


def built(model: type[M], **values: Any) -> M:
    """A model from values the program built itself and already holds to the model (an importer's
    mapping): not validated again. Every field not given gets its default, a fresh one for a
    list, a mapping or a part of the model (built the same way), as validation would give it.

    What `model_construct` does for these models (no aliases, extras or private attributes),
    without its walk over aliases for every field, which costs as much as the rest of an import."""
    fields, fresh, required = _defaults(model)
    if not values.keys() <= fields.keys() or not required <= values.keys():
        raise TypeError(f"{model.__name__}: okända fält {sorted(values.keys() - fields.keys())}, "
                        f"saknade fält {sorted(required - values.keys())}")
    state = fields.copy()  # in the model's field order, as validation leaves it
    for name, factory in fresh:
        if name not in values:
            state[name] = factory()
    state.update(values)
    instance = model.__new__(model)
    object.__setattr__(instance, "__dict__", state)
    object.__setattr__(instance, "__pydantic_fields_set__", set(values))
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


@cache
def _defaults(model: type[BaseModel]) -> tuple[dict[str, Any], tuple[tuple[str, Any], ...], frozenset[str]]:
    """Every field of `model` with its default (None for a required one), the fields whose default is made
    fresh each time (with the function that makes it), and the required fields."""
    if model.model_config.get("extra") == "allow" or model.__private_attributes__ or model.__pydantic_post_init__:
        raise TypeError(f"{model.__name__} kan inte byggas utan validering")  # `built` sets none of these
    fields: dict[str, Any] = {}
    fresh: list[tuple[str, Any]] = []
    required: set[str] = set()
    for name, info in model.model_fields.items():
        factory = info.default_factory
        fields[name] = None if info.is_required() or factory is not None else info.default
        if info.is_required():
            required.add(name)
        elif isinstance(factory, type) and issubclass(factory, BaseModel):
            fresh.append((name, lambda part=factory: built(part)))
        elif factory is not None:
            fresh.append((name, factory))
    return fields, tuple(fresh), frozenset(required)


# What absence means is decided per field (and said in its schema description):
# a field marked with `faktum` is a fact every procurement has (its law, value,
# dates, procedure ...): left out of a document, it is unknown, and rules that
# need it say so. Any other field is something a tender may or may not contain
# (a requirement, a clause, a lot): left out, the tender has none. Either kind can
# be stated unknown explicitly (`okänt`, or `okända_uppgifter`).
FACT_MARK = "x-utelämnad"
ABSENT_IS_UNKNOWN = "okänd"
# A fact only some procurements have (a selective procedure's application deadline, a framework
# agreement's ceiling): left out, it is unknown where it can exist, and missing where it cannot.
WHEN_MARK = "x-okänd-när"


def faktum(description: str | None = None, *, only_when: dict[str, tuple[Any, ...]] | None = None, **kwargs: Any) -> Any:
    """A field every procurement has: optional in the model, unknown when left out. `only_when` names
    top-level fields and the values under which the fact exists at all (`{"ramavtal": (True,)}`);
    left out where another value is known, the fact is missing, not unknown."""
    text = ((description + " ") if description else "") + "Anges uppgiften inte är den okänd."
    extra: dict[str, Any] = {FACT_MARK: ABSENT_IS_UNKNOWN}
    if only_when:
        extra[WHEN_MARK] = {name: list(values) for name, values in only_when.items()}
    return Field(default=None, description=text, json_schema_extra=extra, **kwargs)


def is_fact(info: Any) -> bool:
    """Whether a pydantic FieldInfo was declared with `faktum`."""
    extra = info.json_schema_extra
    return isinstance(extra, dict) and extra.get(FACT_MARK) == ABSENT_IS_UNKNOWN


def fact_condition(info: Any) -> dict[str, list[Any]] | None:
    """The `only_when` of a field declared with `faktum`, if any."""
    extra = info.json_schema_extra
    return extra.get(WHEN_MARK) if isinstance(extra, dict) else None
