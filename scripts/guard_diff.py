"""Guard-diff check of the chrome judge's content guards: which lines a changed ``textlab/chrome_model.py``
guards differently from a reference version of it (by default the one at git ``main``).

    python scripts/guard_diff.py                       # seeds/, the written genre documents, all writers' gold
    python scripts/guard_diff.py --before /tmp/old_chrome_model.py --no-writers

Every line of seeds/ and of the written genre documents (eval/genres*/g*.txt) is document content: a
line guarded before must stay guarded (each one that loses its guard is printed, and the exit status
is 1). On the gold of the training writers (``scripts/train_chrome.py`` WRITER_FOLDERS) it counts the
gold content lines that lose a guard (printed), the gold chrome lines that gain one (printed) and the
gold chrome lines guarded before and after, per writer. Nothing is tuned here.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from textlab import cleaning  # noqa: E402
from textlab import chrome_model as after  # noqa: E402
from textlab.training import chrome_training as ct  # noqa: E402

_BEFORE_STEPS = cleaning.STEPS[:cleaning.STEPS.index("strip_boilerplate")]


def text_lines(text: str) -> tuple[list[str], list[str], list[str]]:
    """Keys, raw lines and rule reasons of the non-blank lines of a text as the judge sees them in ``clean``."""
    for name in _BEFORE_STEPS:
        text = cleaning.get_step(name)(text)
    result = cleaning._boilerplate_filter_with(cleaning._default_rules())(text)
    lines = list(result.lines)
    keys = cleaning._line_keys(lines)
    reasons = result.reasons or [""] * len(lines)
    idx = [i for i, k in enumerate(keys) if k]
    return [keys[i] for i in idx], [lines[i] for i in idx], [reasons[i] for i in idx]


def load_before(path: str | None):
    """The reference chrome_model module: a file, or ``git show main:textlab/chrome_model.py``."""
    if path is None:
        src = subprocess.run(["git", "show", "main:textlab/chrome_model.py"], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout
        tmp = Path(tempfile.mkdtemp()) / "chrome_model_before.py"
        tmp.write_text(src, encoding="utf-8")
        path = str(tmp)
    spec = importlib.util.spec_from_file_location("chrome_model_before", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", help="the reference chrome_model.py (default: git main's)")
    ap.add_argument("--no-writers", action="store_true", help="only seeds/ and the genre documents")
    args = ap.parse_args(argv)
    before = load_before(args.before)
    lost_docs = 0
    files = sorted(ROOT.glob("seeds/**/*.txt")) + sorted(ROOT.glob("eval/genres*/g*.txt"))
    for path in files:
        keys, raws, reasons = text_lines(path.read_text(encoding="utf-8"))
        if not keys:
            continue
        g0 = before.content_guards(keys, raws, reasons)
        g1 = after.content_guards(keys, raws, reasons)
        for i, (a, b) in enumerate(zip(g0, g1)):
            if a and not b and not reasons[i]:
                lost_docs += 1
                print(f"LOST {path.relative_to(ROOT)}: [{a}] {raws[i].strip()[:70]}")
    print(f"{len(files)} seed and genre files: {lost_docs} content lines lose their guard")
    if args.no_writers:
        return int(lost_docs > 0)
    import train_chrome as tc

    tot = collections.Counter()
    for w, folder in tc.WRITER_FOLDERS:
        with tempfile.TemporaryDirectory() as tmp:
            pages = ct.load_pages(tc.page_source(str(tc.EVAL / folder), Path(tmp)))
        for page in pages:
            got = ct.page_lines(page)
            if got is None:
                continue
            keys, raws, reasons, idx = got
            g0 = before.content_guards(keys, raws, reasons)
            g1 = after.content_guards(keys, raws, reasons)
            for i, j in enumerate(idx):
                if reasons[i]:
                    continue
                label = page.lines[j].label
                tot[w, label, "before"] += bool(g0[i])
                tot[w, label, "after"] += bool(g1[i])
                if label == "content" and g0[i] and not g1[i]:
                    print(f"content lost {w} {page.id}: [{g0[i]}] {raws[i].strip()[:70]}")
                if label == "chrome" and g1[i]:
                    tot["by", g1[i]] += 1
                    if not g0[i]:
                        print(f"chrome gained {w} {page.id}: [{g1[i]}] {raws[i].strip()[:70]}")
    print("writer  chrome guarded before -> after   content guarded before -> after")
    for w, _ in tc.WRITER_FOLDERS:
        print(f"{w:7} {tot[w, 'chrome', 'before']:6} -> {tot[w, 'chrome', 'after']:6}   "
              f"{tot[w, 'content', 'before']:6} -> {tot[w, 'content', 'after']:6}")
    print("all    ", sum(tot[w, 'chrome', 'before'] for w, _ in tc.WRITER_FOLDERS), "->",
          sum(tot[w, 'chrome', 'after'] for w, _ in tc.WRITER_FOLDERS))
    print("chrome guarded after, by guard:", {k[1]: v for k, v in tot.most_common() if k[0] == "by"})
    return int(lost_docs > 0)


if __name__ == "__main__":
    raise SystemExit(main())
