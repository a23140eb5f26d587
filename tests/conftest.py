"""Shared pytest configuration.

Hypothesis runs derandomized by default (the ``textlab`` profile): every run, local or CI,
tries the same examples, so CI never fails on a random example a local run did not see.
A failure prints its reproduction blob. ``HYPOTHESIS_PROFILE=explore`` searches with fresh
random examples (to look for new bugs; add what it finds as an ``@example``).
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("textlab", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "textlab"))


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "notebooks: executes the notebooks in notebooks/ (slow); deselect with -m 'not notebooks'"
    )
