"""Revision: following a board's indicators over stored runs (`kravmotor revision`).

`indicators` turns normalised documents into per-procurement facts and the
board's indicators per group; `targets` reads the goals from `rules/mal/`.
"""
