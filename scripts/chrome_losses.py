"""List every gold content line that ``clean()`` removes on the development page sets, with the reason.

    python scripts/chrome_losses.py                     # rules + the shipped judge, every training writer
    python scripts/chrome_losses.py --rules-only        # clean(text, chrome_model=False)
    python scripts/chrome_losses.py --set eval/chrome_test5 --set eval/chrome_dev7

For each page set (a ``pages/`` + ``gold/`` folder, or a folder with a ``build.py`` that writes a
``pages.jsonl``, as ``scripts/train_chrome.py`` reads them) every content line of the gold that
``clean(report=True)`` lists as removed is printed as ``set  page  line  reason  kind  text``, then
one summary row per set from the chrome scorer (``textlab/training/chrome_eval.py``): chrome lines
removed, content lines kept, content paragraphs kept whole. A line lost without being listed (a
paragraph cut by the hard-wrap join, text the scorer cannot find) shows in the summary only.
Locked sets are refused by the reader. Nothing is written; exit status 0.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))



def _pct(c: dict) -> str:
    return f"{100 * c['hit'] / c['n']:.2f}%" if c and c.get("n") else "-"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", help="page set folder (repeatable; default: every training writer)")
    ap.add_argument("--rules-only", action="store_true", help="clean(text, chrome_model=False)")
    args = ap.parse_args(argv)

    import textlab
    from textlab.training import chrome_eval as ce
    from textlab.training.chrome_training import load_pages
    from train_chrome import WRITER_FOLDERS, page_source

    folders = [Path(s) for s in args.set] if args.set else [ROOT / "eval" / name for _, name in WRITER_FOLDERS]
    kw = {"chrome_model": False} if args.rules_only else {}
    rows, reasons = [], Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for folder in folders:
            pages = load_pages(page_source(str(folder), Path(tmp)))
            reports = [textlab.clean(p.text, report=True, **kw) for p in pages]
            for p, r in zip(pages, reports):
                why = {x.lineno: x.reason for x in r.removed}
                for g in p.lines:
                    if g.label == "content" and g.lineno in why:
                        reasons[why[g.lineno].split(":")[0]] += 1
                        print(f"{folder.name}\t{p.id}\t{g.lineno}\t{why[g.lineno]}\t{g.kind}\t{g.text.strip()[:80]}")
            summary = ce.summarise(ce.score_pages(pages, cleaner=lambda texts, rs=reports: [ce._from_report(x) for x in rs]))
            rows.append((folder.name, summary))
    print()
    print(f"{'set':22s} {'removed':>8s} {'content':>8s} {'paras':>8s}")
    for name, s in rows:
        print(f"{name:22s} {_pct(s['chrome_removed']):>8s} {_pct(s['content_kept']):>8s} {_pct(s['paragraphs_kept']):>8s}")
    print("lost content lines by reason:", dict(reasons.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
