"""Where the shipped models live, in a source checkout and in an installed copy.

The repository keeps them in ``models/`` (one source of truth); ``pip install`` copies that folder
to ``<prefix>/share/textlab/models`` (``[tool.setuptools.data-files]`` in pyproject.toml).
``TEXTLAB_MODELS`` points elsewhere.

>>> models_dir().name
'models'
"""

from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path


def _candidates() -> list[Path]:
    env = os.environ.get("TEXTLAB_MODELS")
    found = [Path(env)] if env else []
    found.append(Path(__file__).resolve().parents[1] / "models")  # source checkout / editable install
    for prefix in dict.fromkeys([sys.prefix, sysconfig.get_paths()["data"], sys.base_prefix]):
        found.append(Path(prefix) / "share" / "textlab" / "models")  # pip install .
    return found


def models_dir() -> Path:
    """The first folder that holds the shipped models (falls back to the checkout's ``models/``)."""
    candidates = _candidates()
    for folder in candidates:
        if (folder / "classifier" / "manifest.json").is_file():
            return folder
    return candidates[0] if os.environ.get("TEXTLAB_MODELS") else candidates[1]
