"""Shared pytest configuration."""

from __future__ import annotations


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "notebooks: executes the notebooks in notebooks/ (slow); deselect with -m 'not notebooks'"
    )
