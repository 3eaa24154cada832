"""Findings as models, made from their stored form once per distinct finding.

`Checker.check` takes a document's findings from `RuleRunner.compact`, which a batch shares
(a finding is rendered once for every distinct set of values its rule reads). A report
needs each as a `Fynd` with its document and file: the model is made from the stored row
once, and each document gets a copy with its own document, file and source fields.
"""

from __future__ import annotations

from ..model.grund import built
from ..model.ursprung import Ursprung
from . import ir, memo
from .findings import Compact, Fynd, from_stored


class StoredFindings:
    """One `Fynd` per distinct stored finding, bounded as the runner's memo is."""

    def __init__(self, rules: list[ir.RuleIR]):
        self._rules = {rule.code: rule for rule in rules}
        self._models: dict[Compact, dict] = {}

    def of(self, finding: Compact, document_id: str | None, file: str | None, origins: list[Ursprung]) -> Fynd:
        """The finding for one document: its own lists, so that changing one document's finding changes no other."""
        fields = self._models.get(finding)
        if fields is None:
            if len(self._models) >= memo.LIMIT:
                self._models.clear()
            fields = self._models[finding] = dict(from_stored(finding, self._rules[finding.kod]).__dict__)
        return built(Fynd, **{**fields, "fält": list(fields["fält"]), "värden": list(fields["värden"]),
                              "ursprung": origins, "uppgifter": [], "dokument": document_id, "fil": file})
