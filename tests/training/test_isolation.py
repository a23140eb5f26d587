"""The runtime never imports textlab.training: the library calls and the CLI's main job leave it out.

Each check runs in a fresh interpreter (``sys.modules`` of this test process holds whatever other
tests imported) and prints the sorted module names at exit; no name may be ``textlab.training``
or start with ``textlab.training.``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds" / "party_building").glob("*.txt"))

# printed when the interpreter exits, after everything the command imported
_REPORT_MODULES = (
    "import atexit, json, sys\n"
    "atexit.register(lambda: print('MODULES=' + json.dumps(sorted(sys.modules))))\n"
)


def _run(code: str, *args: str, cwd: Path) -> list[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in [str(ROOT), os.environ.get("PYTHONPATH", "")] if p),
               MPLBACKEND="Agg")
    done = subprocess.run([sys.executable, "-c", _REPORT_MODULES + code, *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES="))
    return json.loads(line[len("MODULES="):])


def _training_modules(modules: list[str]) -> list[str]:
    return [m for m in modules if m == "textlab.training" or m.startswith("textlab.training.")]


def test_library_calls_do_not_import_training(tmp_path):
    text = SEEDS[0].read_text(encoding="utf-8")
    (tmp_path / "seed.txt").write_text(text, encoding="utf-8")
    code = (
        "import sys\n"
        "import textlab as tl\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "clf = tl.load_classifier()\n"
        "cleaned = tl.clean(text)\n"
        "st = tl.structure(cleaned)\n"
        "kw = tl.keywords(cleaned)\n"
        "labels = clf.predict(tl.paragraphs(cleaned)[:5])\n"
        "assert len(st.paragraphs) > 5 and len(kw) > 0 and len(labels) == 5\n"
    )
    modules = _run(code, str(tmp_path / "seed.txt"), cwd=tmp_path)
    assert "textlab.classify" in modules and "textlab.features" in modules  # the calls really ran
    assert _training_modules(modules) == []


def test_cli_analyze_does_not_import_training(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in SEEDS[:2]:
        shutil.copy(path, folder / path.name)
    out = tmp_path / "out"
    code = (
        "import runpy, sys\n"
        "sys.argv = ['textlab', 'analyze', sys.argv[1], '--out', sys.argv[2], '-q']\n"
        "try:\n"
        "    runpy.run_module('textlab', run_name='__main__', alter_sys=True)\n"
        "except SystemExit as stop:\n"
        "    assert not stop.code, stop.code\n"
    )
    modules = _run(code, str(folder), str(out), cwd=tmp_path)
    assert (out / "report.html").is_file() and (out / "paragraphs.csv").is_file()
    assert "textlab.cli" in modules
    assert _training_modules(modules) == []
