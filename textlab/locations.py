"""Where textlab's files live: packaged resources and the shipped models. The one place for both.

Resources (lexicons, stopwords, cue lists, indicator names, the CJK font) are plain files under
``textlab/resources/`` and travel with the package. The shipped models are kept once, in the
repository's ``models/``; ``pip install`` copies that folder to ``<prefix>/share/textlab/models``
(``[tool.setuptools.data-files]`` in pyproject.toml), and ``TEXTLAB_MODELS`` points elsewhere.
Nothing here runs at import: every path is resolved when asked for.

>>> resource_path("stopwords.txt").name
'stopwords.txt'
>>> models_dir().name
'models'
"""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path

MODEL_NAMES = ("classifier", "topics_reports", "chrome")
"""The models shipped with textlab, by folder name."""


def resources_dir() -> Path:
    """The folder of packaged resources (``textlab/resources``)."""
    return Path(__file__).resolve().parent / "resources"


def resource_path(name: str) -> Path:
    """The packaged resource ``name`` (a path relative to ``textlab/resources``, e.g. ``"fonts/x.otf"``).

    A missing file is a FileNotFoundError naming it (a damaged installation), not a later KeyError.
    """
    path = resources_dir() / name
    if not path.is_file():
        raise FileNotFoundError(f"{path}: packaged resource missing (reinstall textlab)")
    return path


def read_resource(name: str) -> str:
    """The text of the packaged UTF-8 resource ``name``."""
    return resource_path(name).read_text(encoding="utf-8")


def header_field(line: str, name: str, version: int) -> tuple[str, int]:
    """``(name, version)`` after reading one ``#`` line of a resource file: ``# name: …`` and
    ``# version: N`` set them, any other comment line leaves them as they are."""
    key, _, value = line[1:].partition(":")
    if key.strip() == "name" and value.strip():
        return value.strip(), version
    if key.strip() == "version" and value.strip().isdigit():
        return name, int(value.strip())
    return name, version


def _model_candidates() -> list[Path]:
    env = os.environ.get("TEXTLAB_MODELS")
    found = [Path(env)] if env else []
    found.append(Path(__file__).resolve().parents[1] / "models")  # source checkout / editable install
    for prefix in dict.fromkeys([sys.prefix, sysconfig.get_paths()["data"], sys.base_prefix]):
        found.append(Path(prefix) / "share" / "textlab" / "models")  # pip install .
    return found


def models_dir() -> Path:
    """The first folder that holds the shipped models (``$TEXTLAB_MODELS`` first; falls back to the
    checkout's ``models/``)."""
    candidates = _model_candidates()
    for folder in candidates:
        if (folder / "classifier" / "manifest.json").is_file():
            return folder
    return candidates[0] if os.environ.get("TEXTLAB_MODELS") else candidates[1]


def model_path(name: str) -> Path:
    """The folder of the shipped model ``name`` (one of ``MODEL_NAMES``)."""
    if name not in MODEL_NAMES:
        raise ValueError(f"unknown shipped model {name!r}: expected one of {', '.join(MODEL_NAMES)}")
    return models_dir() / name
