"""Execute the notebooks in notebooks/ top to bottom and save them with their outputs.

    python scripts/run_notebooks.py                      # every notebook
    python scripts/run_notebooks.py 03 04                # those whose name starts with 03 / 04
    TEXTLAB_SAVE_MODELS=1 python scripts/run_notebooks.py 03 04   # also write models/ (see 03, 04)

Each notebook runs with the ``python3`` kernel of this interpreter, with ``notebooks/`` as the
working directory, and is written back in place. Per-cell timing metadata is not recorded (it
would change on every run); the wall time of each notebook is printed.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
TIMEOUT = 900  # seconds per cell


def execute(path: Path, *, timeout: int = TIMEOUT, kernel_name: str = "python3"):
    """Run ``path`` top to bottom with cwd = its folder; return the executed notebook."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(str(path), as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name=kernel_name,
        resources={"metadata": {"path": str(path.parent)}},
        record_timing=False,
    )
    client.execute()
    return nb


def main(argv: list[str] | None = None) -> int:
    import nbformat

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefixes", nargs="*", help="run only notebooks whose file name starts with one of these")
    parser.add_argument("--no-save", action="store_true", help="execute only; do not write the notebooks")
    args = parser.parse_args(argv)
    paths = sorted(NOTEBOOKS.glob("*.ipynb"))
    if args.prefixes:
        paths = [p for p in paths if p.name.startswith(tuple(args.prefixes))]
    if not paths:
        print("no notebook matched", file=sys.stderr)
        return 1
    for path in paths:
        start = time.perf_counter()
        nb = execute(path)
        seconds = time.perf_counter() - start
        if not args.no_save:
            nbformat.write(nb, str(path))
        print(f"{path.name}: {seconds:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
