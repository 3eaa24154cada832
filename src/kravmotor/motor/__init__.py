"""The engine: intermediate form, evaluators and findings."""

MOTORS = ("native", "durable")  # the evaluators `--motor` names: both give the same findings
DEFAULT_MOTOR = "native"
