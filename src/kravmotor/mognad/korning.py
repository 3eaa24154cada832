"""One `kravmotor mognad` run: answers files (or a form's answers) read, assessed, and held against a revision run.

The CLI and the web interface both call these, so a file is read, named and
assessed the same way whichever way it came in; a batch never stops on one bad file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model.organisation import Självskattning
from .bedomning import Assessor, Bedömning


@dataclass(frozen=True)
class EvidenceSource:
    """A stored revision run to hold self-assessments against (`--revision KÖRNING --databas FIL --myndighet NAMN`)."""

    database: Path
    run: int
    buyer: str | None = None  # None: the self-assessment's `myndighet`, else its organisation's name

    def evidence_for(self, assessment: Självskattning):
        from .bevis import from_run

        return from_run(self.database, self.run, self.buyer or assessment.myndighet or assessment.organisation)


def assess_answers(assessor: Assessor, assessment: Självskattning, source: EvidenceSource | None,
                   name: str | None) -> Bedömning:
    """A validated self-assessment assessed, with the run's evidence when a source is given."""
    evidence = source.evidence_for(assessment) if source else None
    return assessor.assess(assessment, evidence, name)


def assess_file(assessor: Assessor, path: Path, source: EvidenceSource | None = None, name: str | None = None) -> Bedömning:
    """One answers file read and assessed; the report names it `name` (how the person knows it), else its path."""
    from ..model.loading import load_self_assessment

    assessment = load_self_assessment(path, {c.code for c in assessor.criteria})
    return assess_answers(assessor, assessment, source, name or str(path))


def assess_files(assessor: Assessor, files: list[tuple[Path, str | None]], source: EvidenceSource | None = None):
    """Every (path, name) assessed; what cannot be read becomes that file's problem, named by its name (an upload's
    own name when the path is the server's copy), and the next file is taken."""
    from ..checks import each_file
    from ..rapport.mognad import MognadRun

    names = {str(path): name for path, name in files if name}
    run = MognadRun()
    run.assessments = each_file([path for path, _ in files],
                                lambda path: assess_file(assessor, path, source, names.get(str(path))), run.problems)
    for problem in run.problems:
        problem.location.file = names.get(problem.location.file, problem.location.file)
    return run
