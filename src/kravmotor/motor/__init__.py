"""The engine: intermediate form, evaluators and findings."""
