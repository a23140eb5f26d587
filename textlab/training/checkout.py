"""Where the training data lives: the folders of a source checkout (``seeds/``, ``eval/``, ``scripts/``).

Training and evaluation read the repository, not an installed copy: the seed corpus and the
development set (``seeds/``), the evaluation sets (``eval/``) and the lexicon word lists kept
beside the scripts (``scripts/``). Every function here takes the folder as an argument and falls
back to the checkout this package sits in, resolved when called (never at import). A missing
folder is a FileNotFoundError that says which folder and how to pass another one.

>>> seeds_dir().name
'seeds'
"""

from __future__ import annotations

from pathlib import Path
from typing import Union

PathLike = Union[str, Path]


def checkout_root() -> Path:
    """The repository this package sits in (``textlab/training/`` is two levels below it)."""
    return Path(__file__).resolve().parents[2]


def _folder(name: str, given: PathLike | None) -> Path:
    folder = Path(given) if given is not None else checkout_root() / name
    if not folder.is_dir():
        where = "given" if given is not None else "of the source checkout"
        raise FileNotFoundError(
            f"{folder}: no such folder ({name}/ {where}); textlab.training reads a source checkout "
            f"of textlab, so run it from one or pass the folder explicitly"
        )
    return folder


def seeds_dir(seeds: PathLike | None = None) -> Path:
    """``seeds`` if given, else the checkout's ``seeds/`` (the seed corpus and the development set)."""
    return _folder("seeds", seeds)


def eval_dir(folder: PathLike | None = None) -> Path:
    """``folder`` if given, else the checkout's ``eval/`` (held-apart evaluation sets)."""
    return _folder("eval", folder)


def scripts_dir(folder: PathLike | None = None) -> Path:
    """``folder`` if given, else the checkout's ``scripts/`` (command-line wrappers and lexicon word lists)."""
    return _folder("scripts", folder)
