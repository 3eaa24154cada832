"""Importers: documents from sources other than a hand-written förfrågningsunderlag."""
