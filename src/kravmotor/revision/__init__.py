"""Revision: following a board's indicators over stored runs (`kravmotor revision`).

`runner` checks many documents in parallel and `store` keeps each run in
SQLite (resumable, chunk by chunk); `compare` diffs the findings of two runs.
`indicators` turns normalised documents into per-procurement facts and the
board's indicators per group; `targets` reads the goals from `rules/mal/`.
"""
