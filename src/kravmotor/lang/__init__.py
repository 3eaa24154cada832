"""The rule language: grammar → AST → checks."""
