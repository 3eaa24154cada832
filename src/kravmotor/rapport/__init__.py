"""Reports: the same findings as text, JSON or SARIF."""
