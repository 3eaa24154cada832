from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from kravmotor.lang.loader import load_rulebook
from kravmotor.motor.pipeline import Checker
from kravmotor.resources import rules_dir



def in_ci() -> bool:
    """CI sets CI=true: there a missing prerequisite fails instead of skipping."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


# The shared data (real documents, the whole statistics export) lies beside the repository, as CI lays it:
# found relative to this checkout, never at a machine's path. The fast tests need none of it (a slice of
# the export is committed: tests/uhm_data.py). Missing, the tests that need it skip saying so, except in
# CI, where the run stops at once with the reason, and a test whose file is missing fails.
ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"


def needs_shared(path: Path):
    """Skip (with the reason) when `path` in ../shared is missing, outside CI; in CI the test runs, and fails."""
    return pytest.mark.skipif(not path.exists() and not in_ci(), reason=f"{path} saknas: ../shared ska ligga bredvid repot")


def pytest_sessionstart(session):
    if in_ci() and not SHARED_DATA.is_dir():
        raise pytest.UsageError(f"{SHARED_DATA} saknas: i CI ska ../shared ligga bredvid repot")


# durable_rules is the extra kravmotor[durable] (it needs a C compiler and does not import on
# Python 3.13+). Without it only the native evaluator is tested, and the tests that need it skip,
# saying why; but in CI its absence fails (every scenario must run on both evaluators there),
# unless the run declares it is the one without durable_rules (KRAVMOTOR_UTAN_DURABLE=1).
DURABLE_INSTALLED = importlib.util.find_spec("durable") is not None
DURABLE_REQUIRED = in_ci() and not os.environ.get("KRAVMOTOR_UTAN_DURABLE")
WITH_DURABLE = DURABLE_INSTALLED or DURABLE_REQUIRED
NO_DURABLE = "durable_rules är inte installerat (pip install -e '.[durable]', bara Python före 3.13)"
needs_durable = pytest.mark.skipif(not WITH_DURABLE, reason=NO_DURABLE)
MOTORS = ("native", "durable") if WITH_DURABLE else ("native",)


@pytest.fixture(autouse=True)
def default_limits():
    """Every test starts from the default limits: a `--gräns` given to one in-process command does not linger."""
    from kravmotor import limits

    limits.configure()
    yield
    limits.configure()


@pytest.fixture(scope="session")
def rulebook():
    return load_rulebook(rules_dir())


@pytest.fixture(scope="session")
def checkers(rulebook):
    """One checker per evaluator for the whole session (the durable_rules host is private to its engine)."""
    return {motor: Checker(rulebook, motor) for motor in MOTORS}


@pytest.fixture(scope="session")
def checker(checkers):
    return checkers["native"]


@pytest.fixture(scope="session")
def screeners(rulebook):
    """One supplier screener per evaluator."""
    from kravmotor.motor.screening import Screener

    return {motor: Screener(rulebook, motor) for motor in MOTORS}


# The slow tests: `pytest -m "not slow"` is the developer loop (DEVELOPERS.md), about 75 s of CPU;
# CI and the README's command run everything. Chosen by measurement (`--durations`, 2026-12-07): every
# test of 2 s or more, whole modules where all of them are (hypothesis differentials, worker processes,
# chromium, building a wheel). Kept here, in one place, rather than as a decorator on each test.
SLOW = frozenset({
    "test_andringar.py::test_rulebook_html_shows_legal_basis_and_changes_per_rule_and_the_whole_changelog",
    "test_bench_motorer.py::test_golvet_ger_native_och_referensens_svar_på_varje_underlag",
    "test_cli.py::test_installed_console_script_runs_without_traceback",
    "test_cli.py::test_justification_naming_no_rule_is_a_located_input_error_with_a_suggestion",
    "test_cli.py::test_output_order_is_deterministic",
    "test_cli.py::test_regel_unknown_code_suggests",
    "test_cli.py::test_regler_lists_every_rule",
    "test_cli.py::test_unknown_field_in_rule_file_suggests_the_right_one",
    "test_differential.py",
    "test_durable_backend.py::test_1500_documents_in_sequence_on_one_engine",
    "test_durable_backend.py::test_checkers_built_again_and_again_share_one_engine_and_keep_no_memory",
    "test_durable_backend.py::test_durable_agrees_with_reference_on_generated_documents",
    "test_durable_backend.py::test_numbers_python_writes_with_an_exponent_do_not_crash_durable_rules",
    "test_durable_backend.py::test_the_real_rulebook_keeps_every_ruleset_within_durable_rules_limits",
    "test_eforms.py::test_sarif_carries_the_notice_fields",
    "test_fuzz.py::test_mutated_inputs_never_crash_hang_or_speak_english",
    "test_granska_dokument.py::test_a_real_document_is_checked_with_its_pages_and_sections",
    "test_indicators.py::test_html_report_renders_in_headless_chromium",
    "test_mognad.py::test_ludvika_evidence_shows_data_for_criteria_and_flags_contradictions",
    "test_mognad.py::test_several_organisations_give_each_position_and_the_distribution",
    "test_mognad.py::test_template_filled_in_gives_levels_gaps_position_and_reports",
    "test_revision.py::test_a_killed_run_resumes_to_the_same_database",
    "test_revision.py::test_a_report_goes_to_standard_output_alone",
    "test_revision.py::test_a_run_reports_the_indicators_in_every_format",
    "test_revision.py::test_a_statistics_slice_stores_what_checking_each_document_gives",
    "test_revision.py::test_compare_new_resolved_unchanged",
    "test_revision.py::test_compare_shows_the_indicators_movement",
    "test_revision.py::test_exit_codes",
    "test_revision.py::test_own_targets_file",
    "test_revision.py::test_parallel_and_sequential_runs_store_the_same",
    "test_revision.py::test_resuming_refuses_changed_rules",
    "test_revision.py::test_statistics_give_indicators_per_buyer_with_spans",
    "test_scaffold.py::test_under_pytest_bdd_the_skeleton_fails_and_so_does_an_unknown_code",
    "test_revision_robust.py",
    "test_robustness.py::test_a_database_on_a_read_only_file_system_can_be_reported_on",
    "test_robustness.py::test_a_full_device_is_exit_2_with_advice",
    "test_robustness.py::test_escape_sequences_from_input_never_reach_the_terminal",
    "test_robustness.py::test_every_failure_class_is_a_located_swedish_exit_2",
    "test_robustness.py::test_limits_are_configurable_and_named_in_the_message",
    "test_robustness.py::test_limits_come_from_the_environment_too",
    "test_rulebook_cache.py::test_the_real_rulebook_comes_back_from_the_cache_as_it_was_read",
    "test_rulebook_cache.py::test_two_processes_building_at_once_both_get_the_rulebook",
    "test_schemas.py::test_every_example_document_validates",
    "test_screening.py::test_cli_gives_exit_2_and_a_swedish_error_for_a_malformed_supplier",
    "test_screening.py::test_cli_högsta_ålder_overrides_the_parameter",
    "test_screening.py::test_cli_screens_the_examples_with_risk_levels_sources_and_dates",
    "test_uhm.py::test_the_committed_slice_is_rows_of_the_real_export",
    "test_uhm_facts.py::test_the_whole_2021_export_gives_the_models_facts_row_for_row",
    "test_utdata.py::test_revision_csv_has_a_bom_for_excel",
    "test_utdata.py::test_sarif_of_screening_is_valid",
    "test_utdata.py::test_the_suffix_of_utdata_picks_the_format_of_granska",
    "test_webb.py::test_a_synthetic_word_document_is_read_with_its_quotes_and_checked",
    "test_webb.py::test_every_page_is_swedish_with_security_headers",
    "test_webb.py::test_revision_lists_opens_compares_and_starts_runs",
    "test_webb.py::test_the_guided_form_from_scratch",
    "test_webb_browser.py",
    "test_webb_mognad.py::test_a_revision_runs_evidence_with_a_buyer_name_as_the_cli_does",
    "test_webb_mognad.py::test_an_uploaded_answers_file_is_the_clis_assessment_and_fills_the_form",
    "test_webb_mognad.py::test_the_forms_answers_download_as_a_file_the_cli_reads_back",
    "test_wheel.py",
    "test_yaml_libyaml.py::test_mutated_documents_read_the_same_or_fail_the_same",
})


def pytest_collection_modifyitems(config, items):
    """Mark the tests in SLOW; a name there that a collected module does not define is an error, so a
    renamed test does not silently join the fast loop."""
    modules = {}
    for item in items:
        module = item.nodeid.split("::")[0].removeprefix("tests/")
        modules[module] = getattr(item, "module", None)
        if module in SLOW or f"{module}::{getattr(item, 'originalname', None) or item.name}" in SLOW:
            item.add_marker(pytest.mark.slow)
    stale = sorted(key for key in SLOW if "::" in key and key.split("::")[0] in modules
                   and not hasattr(modules[key.split("::")[0]], key.split("::")[1]))
    if stale:
        raise pytest.UsageError("conftest.SLOW nämner tester som inte finns (bytt namn?): " + ", ".join(stale))
