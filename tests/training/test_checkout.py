"""Tests for textlab.training.checkout: checkout defaults resolved when asked, clear errors, nothing at import."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import textlab.training
from textlab.training.checkout import checkout_root, eval_dir, scripts_dir, seeds_dir

ROOT = Path(__file__).resolve().parents[2]


def test_defaults_are_the_checkout_folders():
    assert checkout_root() == ROOT
    assert seeds_dir() == ROOT / "seeds" and (seeds_dir() / "gov_reports").is_dir()
    assert eval_dir() == ROOT / "eval" and (eval_dir() / "README.md").is_file()
    assert scripts_dir() == ROOT / "scripts" and (scripts_dir() / "lexicon_curated.txt").is_file()


def test_a_given_folder_is_used_as_is(tmp_path):
    assert seeds_dir(tmp_path) == tmp_path and seeds_dir(str(tmp_path)) == tmp_path


def test_a_missing_folder_is_an_error_naming_it(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"nowhere: no such folder \(seeds/ given\).*pass the folder"):
        seeds_dir(tmp_path / "nowhere")


def test_no_training_module_resolves_a_path_at_import():
    """Paths are arguments with checkout defaults: no module-level Path (e.g. ``DEFAULT_SEEDS``)."""
    found = []
    for info in pkgutil.iter_modules(textlab.training.__path__):
        module = importlib.import_module(f"textlab.training.{info.name}")
        found += [f"{info.name}.{name}" for name, value in vars(module).items() if isinstance(value, Path)]
    assert found == []
