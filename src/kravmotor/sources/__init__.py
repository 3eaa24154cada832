"""Importers: procurement data from standard sources (eForms notices, statistics) turned into the document model.

Each importer lists the model fields its source does not carry in `okända_uppgifter`
and records where each mapped field came from in `ursprung`.
"""
