"""Shared test configuration: hypothesis profiles and the corpus fixtures.

Profiles:

* ``default`` (local runs): 100 examples, a generous deadline for a 2-core machine.
* ``ci``: hypothesis >= 6.120 loads it by itself when the ``CI`` environment variable is set;
  we replace it to be derandomised (reproducible runs) with more examples.
* ``thorough``: for a long local soak, ``HYPOTHESIS_PROFILE=thorough pytest``.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    settings.get_profile("default"),
    deadline=timedelta(seconds=2),
)
settings.register_profile(
    "ci",
    settings.get_profile("ci"),
    max_examples=150,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    settings.get_profile("default"),
    max_examples=2000,
    deadline=None,
)
if "HYPOTHESIS_PROFILE" in os.environ:
    settings.load_profile(os.environ["HYPOTHESIS_PROFILE"])
elif os.environ.get("CI"):
    settings.load_profile("ci")
else:
    settings.load_profile("default")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SAMPLE_NAME = "zhejiang-gongren-ribao-2021-12-23-p1.txt"


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The sample issue (浙江工人日报, 2021-12-23, page 1), exactly as stored."""
    return (CORPUS / SAMPLE_NAME).read_text(encoding="utf-8")


# --- corpus scoreboard (tests/test_corpus.py; owned by the corpus helper) -------------------


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """Print the precision/recall table that tests/test_corpus.py collected, if it ran."""
    from tests.corpus_scoring import SCORES, format_table

    scores = config.stash.get(SCORES, None)
    if scores:
        terminalreporter.write_sep("=", "corpus: precision / recall per element")
        terminalreporter.write_line(format_table(scores))
    from tests.test_real_pages import real_pages_table

    real = real_pages_table()
    if real:
        terminalreporter.write_sep("=", "real pages: articles-1 gold (headline, names, datelines)")
        terminalreporter.write_line(real)
