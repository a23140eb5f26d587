"""Every notebook in notebooks/ runs top to bottom without an error.

Slow (notebook 04 retrains the classifier): deselect with ``python -m pytest -m "not notebooks"``.

Each notebook runs with a ``python3`` kernel that is this interpreter (a kernelspec written to a
temporary folder, so a ``python3`` kernel installed elsewhere cannot be picked up by mistake),
with ``notebooks/`` as the working directory, at most 900 s per notebook. The kernel sees the
repository root first on ``PYTHONPATH``, so it imports the same ``textlab`` as this test run
(``python -m pytest`` from the root), and ``TEXTLAB_SAVE_MODELS`` is removed from its
environment, so notebooks 03 and 04 never write into ``models/`` here.

Notebooks 03 and 04 retrain the shipped topic model and classifier and assert that the result
reproduces ``models/`` with the tolerances of ``textlab.training.reproduction``, not bit for bit: a
retrained model differs in its last bits on another CPU or BLAS kernel. To see that on one
machine, run them with another OpenBLAS kernel, e.g.
``OPENBLAS_CORETYPE=Sandybridge python -m pytest tests/test_notebooks.py -k "03 or 04"``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
NOTEBOOK_TIMEOUT = 900  # seconds for a whole notebook

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

pytestmark = pytest.mark.notebooks


@pytest.fixture(scope="session")
def kernel_dir(tmp_path_factory) -> Path:
    """A folder holding one kernelspec, ``python3``, that runs ``sys.executable``."""
    from ipykernel.kernelspec import write_kernel_spec

    kernels = tmp_path_factory.mktemp("kernels")
    write_kernel_spec(kernels / "python3", overrides={"display_name": "Python 3 (test)"})
    return kernels


def _kernel_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TEXTLAB_SAVE_MODELS"}
    env["PYTHONPATH"] = os.pathsep.join(p for p in [str(ROOT), env.get("PYTHONPATH", "")] if p)
    env.setdefault("MPLBACKEND", "Agg")
    return env


def _error_outputs(nb) -> list[str]:
    return [
        f"cell {i}: {out.get('ename')}: {out.get('evalue')}"
        for i, cell in enumerate(nb.cells)
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]


def test_every_notebook_is_numbered_in_order():
    assert [p.name[:3] for p in NOTEBOOKS] == ["01_", "02_", "03_", "04_", "05_", "06_"], [p.name for p in NOTEBOOKS]


def test_kernelspec_runs_this_interpreter(kernel_dir):
    from jupyter_client.kernelspec import KernelSpecManager

    spec = KernelSpecManager(kernel_dirs=[str(kernel_dir)]).get_kernel_spec("python3")
    assert Path(spec.argv[0]).resolve() == Path(sys.executable).resolve()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path: Path, kernel_dir: Path):
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient

    nb = nbformat.read(str(path), as_version=4)
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3", f"{path.name}: kernelspec is not python3"
    for cell in nb.cells:  # run from a clean slate, not from the saved outputs
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    deadline = time.monotonic() + NOTEBOOK_TIMEOUT
    km = AsyncKernelManager(kernel_name="python3", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernel_dir)]))
    client = NotebookClient(
        nb,
        km=km,
        timeout=NOTEBOOK_TIMEOUT,
        timeout_func=lambda cell: max(1, int(deadline - time.monotonic())),
        allow_errors=False,
        record_timing=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute(env=_kernel_env())  # raises CellExecutionError (with the traceback) on any error
    assert not _error_outputs(nb)
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code" and c.source.strip())
