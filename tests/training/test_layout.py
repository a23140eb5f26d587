"""Where training code lives: in textlab.training, imported normally; scripts/ are thin wrappers; no private names.

Static checks of the source (the import graph at run time is tests/training/test_isolation.py).
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: The scripts whose code moved to textlab.training: each is argument parsing around a call.
WRAPPERS = ("train_classifier.py", "train_topic_model.py", "measure_lexicon.py", "mine_lexicon.py",
            "dev_congress_labels.py", "dev_written_check.py")
#: Benchmarks reworked by other parts of issue 13 (segmentation, topics, the main job); checked there.
OTHER_BENCHMARKS = {"bench_segment.py", "bench_topics.py", "bench_analyze.py"}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _code_cells(path: Path) -> list[str]:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    return ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code"]


def test_notebooks_and_tests_do_not_put_scripts_on_the_path():
    offenders = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        offenders += [path.name for cell in _code_cells(path) if "sys.path" in cell and "scripts" in cell]
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "sys.path.insert" \
                    and "scripts" in ast.unparse(node):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_notebooks_import_the_training_code_from_the_package():
    cells = {path.name: "\n".join(_code_cells(path)) for path in sorted((ROOT / "notebooks").glob("*.ipynb"))}
    assert "from textlab.training import lexicon" in cells["02_segmentation_and_keywords.ipynb"]
    assert "from textlab.training import topic_training" in cells["03_topic_models.ipynb"]
    assert "from textlab.training.reproduction import" in cells["04_paragraph_classifier.ipynb"]


def _private_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "textlab":
            found += [f"{path.relative_to(ROOT)}:{node.lineno}: {node.module}.{a.name}"
                      for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
    return found


def test_scripts_and_benchmarks_use_public_names_only():
    paths = sorted((ROOT / "scripts").glob("*.py"))
    paths += [p for p in sorted((ROOT / "benchmarks").glob("*.py")) if p.name not in OTHER_BENCHMARKS]
    assert [hit for path in paths for hit in _private_imports(path)] == []


@pytest.mark.parametrize("name", WRAPPERS)
def test_moved_scripts_are_thin_wrappers(name):
    tree = _tree(ROOT / "scripts" / name)
    functions = [node.name for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef))]
    assert functions == ["main"]
    imported = {node.module for node in tree.body if isinstance(node, ast.ImportFrom)}
    assert any(module.startswith("textlab.training.") for module in imported)


def test_the_runtime_package_never_imports_training_code():
    offenders = []
    for path in sorted((ROOT / "textlab").rglob("*.py")):
        if "training" in path.relative_to(ROOT / "textlab").parts:
            continue
        for node in ast.walk(_tree(path)):
            names = []
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            offenders += [f"{path.relative_to(ROOT)}:{node.lineno}: {n}" for n in names
                          if n == "textlab.training" or n.startswith("textlab.training.")]
    assert offenders == []
