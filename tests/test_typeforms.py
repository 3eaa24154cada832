"""A union is one whichever way it is written: `X | None` (PEP 604) and `Optional[X]`/`Union[...]`.

ruff's UP007/UP045 autofixes rewrite the one into the other; the readers of the model (the rule
checker's field types, the unknown-fact paths, the loader, the schemas) must see no difference.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel

from kravmotor.model.fields import FieldType, _field_type
from kravmotor.model.grund import Enhet
from kravmotor.model.typeforms import is_union
from kravmotor.values import Span

from test_lint import tool

ROOT = Path(__file__).resolve().parent.parent


class Inre(BaseModel):
    belopp: Optional[Annotated[Decimal, Enhet("kr")]] = None


class InrePep604(BaseModel):
    belopp: Annotated[Decimal, Enhet("kr")] | None = None


class KravA(BaseModel):
    typ: Literal["a"]
    nivå: Optional[Literal["låg", "hög"]] = None


class KravB(BaseModel):
    typ: Literal["b"]
    nivå: Optional[Literal["medel"]] = None


class Gammal(BaseModel):  # the Optional/Union spelling (pyproject exempts this file from UP007/UP045)
    antal: Optional[int] = None
    värde: Union[Annotated[Decimal, Enhet("kr")], Span, None] = None
    månader: Annotated[Optional[int], Enhet("månader")] = None
    datum: Optional[dt.date] = None
    svar: Optional[bool] = None
    form: Optional[Literal["öppet", "selektivt"]] = None
    namn: Optional[list[Optional[str]]] = None
    inre: Optional[Inre] = None
    krav: list[Union[KravA, KravB]] = []


class Ny(BaseModel):
    antal: int | None = None
    värde: Annotated[Decimal, Enhet("kr")] | Span | None = None
    månader: Annotated[int | None, Enhet("månader")] = None
    datum: dt.date | None = None
    svar: bool | None = None
    form: Literal["öppet", "selektivt"] | None = None
    namn: list[str | None] | None = None
    inre: InrePep604 | None = None
    krav: list[KravA | KravB] = []


def test_is_union_both_spellings():
    assert is_union(Optional[int]) and is_union(int | None) and is_union(Union[int, str]) and is_union(int | str)
    assert is_union(Literal["a"] | None)
    assert not is_union(int) and not is_union(list[int | None]) and not is_union(Literal["a", "b"])


def test_same_model_both_ways_same_field_types():
    old, new = _field_type(Gammal), _field_type(Ny)
    assert new == old
    # ... and what both give is the right answer, not the same wrong one
    assert new.children["antal"] == FieldType("tal")
    assert new.children["värde"] == FieldType("tal", unit="kr")
    assert new.children["månader"] == FieldType("tal", unit="månader")
    assert new.children["datum"] == FieldType("datum")
    assert new.children["svar"] == FieldType("sanning")
    assert new.children["form"] == FieldType("text", allowed=frozenset({"öppet", "selektivt"}))
    assert new.children["namn"] == FieldType("lista", item=FieldType("text"))
    assert new.children["inre"] == FieldType("objekt", children={"belopp": FieldType("tal", unit="kr")})
    krav = new.children["krav"].item
    assert krav.kind == "objekt" and krav.children["nivå"].allowed == {"låg", "hög", "medel"}


_DUMP = """
import json, kravmotor
from kravmotor.model import fields, schemas, unknowns
from kravmotor.model.dokument import Förfrågningsunderlag
from kravmotor.model.leverantor import Leverantör
from kravmotor.model.organisation import Självskattning
from kravmotor.lang.loader import load_rulebook
from kravmotor.resources import rules_dir
rulebook = load_rulebook(rules_dir())
def plain(ftype):  # a FieldType as JSON, its allowed texts sorted (a frozenset's order differs between processes)
    return {"kind": ftype.kind, "unit": ftype.unit, "allowed": sorted(ftype.allowed or ()),
            "item": ftype.item and plain(ftype.item), "children": {k: plain(v) for k, v in ftype.children.items()}}
print(json.dumps({
    "package": kravmotor.__file__,
    "fields": [plain(fields.document_fields()), plain(fields.supplier_fields()), plain(fields.organisation_fields())],
    "facts": [sorted(unknowns.fact_paths(m)) for m in (Förfrågningsunderlag, Leverantör, Självskattning)],
    "schemas": [schemas.json_schema(kind, rulebook) for kind in sorted(schemas.SCHEMAS)],
    "rules": sorted(rule.code for rule in rulebook.rules),
}, sort_keys=True, default=str))
"""


def _dump(src: Path, cwd: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src), "KRAVMOTOR_INGEN_CACHE": "1"}
    done = subprocess.run([sys.executable, "-c", _DUMP], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _copy(src: Path, checkout: Path) -> Path:
    """A copy of the package in `src` beside the repository's grammar, rules and features; its src folder."""
    shutil.copytree(src / "kravmotor", checkout / "src" / "kravmotor",
                    ignore=shutil.ignore_patterns("__pycache__", "_data"))
    for data in ("grammar", "rules", "features"):
        (checkout / data).symlink_to(ROOT / data)
    return checkout / "src"


class _ToUnion(ast.NodeTransformer):
    """`A | B` in annotations written `Union[A, B]`: the spelling before PEP 604."""

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        self.generic_visit(node)
        if not isinstance(node.op, ast.BitOr):
            return node
        members = [m for side in (node.left, node.right)
                   for m in (side.slice.elts if _is_union_subscript(side) else [side])]
        return ast.Subscript(value=ast.Name("Union"), slice=ast.Tuple(members), ctx=ast.Load())


def _is_union_subscript(node: ast.AST) -> bool:
    return isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "Union" \
        and isinstance(node.slice, ast.Tuple)


def _write_unions(src: Path) -> int:
    """Rewrite every annotation of the package's model in the Union spelling; how many files changed."""
    changed = 0
    for path in (src / "kravmotor" / "model").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        before = ast.dump(tree)
        for node in ast.walk(tree):
            if isinstance(node, (ast.AnnAssign, ast.arg)) and node.annotation is not None:
                node.annotation = _ToUnion().visit(node.annotation)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None:
                node.returns = _ToUnion().visit(node.returns)
        if ast.dump(tree) != before:
            at = next(i for i, n in enumerate(tree.body) if i and not (isinstance(n, ast.ImportFrom) and n.module == "__future__"))
            tree.body.insert(at, ast.ImportFrom("typing", [ast.alias("Union")], 0))  # after the docstring and `__future__`
            path.write_text(ast.unparse(ast.fix_missing_locations(tree)), encoding="utf-8")
            changed += 1
    return changed


def test_model_read_the_same_in_either_spelling(tmp_path):
    """The package as ruff's UP007/UP045 autofix leaves it (`X | None`), and then with its model written
    `Union[...]` throughout, read the same fields, unknown-fact paths, schemas and rules as the checkout."""
    pep604 = _copy(ROOT / "src", tmp_path / "pep604")
    fixed = subprocess.run([tool("ruff"), "check", "--isolated", "--target-version", "py311", "--select", "UP007,UP045",
                            "--fix", "--unsafe-fixes", "--exit-zero", "-q", str(pep604)], capture_output=True, text=True)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    document = (pep604 / "kravmotor" / "model" / "dokument.py").read_text(encoding="utf-8")
    assert "Optional[" not in document and "| None" in document

    unions = _copy(pep604, tmp_path / "union")
    assert _write_unions(unions) >= 5
    document = (unions / "kravmotor" / "model" / "dokument.py").read_text(encoding="utf-8")
    assert "| None" not in document and "Union[" in document

    checkout = _dump(ROOT / "src", tmp_path)
    assert checkout.pop("package").startswith(str(ROOT / "src"))
    for src in (pep604, unions):
        dump = _dump(src, tmp_path)
        assert dump.pop("package").startswith(str(src))  # the copy was read, not the installed package
        assert dump == checkout
