"""Train the chrome model (``textlab/chrome_model.py``) with leave-one-writer-out validation.

    nice -n 10 python scripts/train_chrome.py --cv --score --out /tmp/cv.json --save models/chrome

The page sets are read straight from their eval folders: a folder with ``pages/`` + ``gold/`` is
read as it is; a folder that only holds a ``build.py`` (dev1, dev2, dev3d) is built into a
temporary directory by running that script (``--out`` to a ``pages.jsonl`` there) with the
interpreter running this one, so a fresh checkout retrains with the command above.
``--dev1 PATH`` etc. give a ready folder or ``pages.jsonl`` instead.

Nine writers (one page set each; the retired test sets are development data since 2026-11-30):
dev1 (eval/chrome_dev), dev2 (eval/chrome_dev2), dev3 (eval/chrome_dev3), dev3d (the designer's probe
pages, eval/chrome_dev3_designer), test1, test2, test3 (eval/chrome_test, chrome_test2, chrome_test3),
dev4 (eval/chrome_dev4) and dev5 (eval/chrome_dev5). A locked set (README says LOCKED) is refused by
``load_pages``.

``--cv``: for every C of ``--C`` and every writer, a model is trained on the eight others and gives
the held-out writer's lines their chrome probability. The threshold of a C is the lowest one of
``--grid`` at which, on EVERY held-out writer, the lines the model removes break at most
``--max-paragraph-loss`` (default 0.5 %) of that writer's content paragraphs that the rules keep whole;
C is the one with the highest mean held-out chrome removal at its threshold. ``--score`` then runs
the chrome scorer (``textlab/training/chrome_eval.py``, the full ``clean``) on every held-out writer
with that writer's model (rules alone vs rules + model): the honest figures are these held-out ones
(mean / min over writers). ``--save`` trains on all nine writers with the chosen C and threshold
(or ``--C`` / ``--threshold`` when given). Figures on the training writers are optimistic.

Figures of the shipped model's recipe (run of 2026-11-30: C 16, threshold 0.94; the cross-validated
threshold was 0.91, raised to 0.94 because at 0.91 the judge took three table-header lines of the
attachment of seeds/state_council 国办发〔2019〕4号, whose highest chrome probability is 0.93).
Every row is a model trained WITHOUT that writer. "before" is main's recipe (C 8, the guards of
chromelearn2, threshold 0.91 by the same nine-writer validation); "after" the shipped recipe.

| held out | rules alone: removed | rules + model removed: before → after | content lines kept: rules / before / after | content paragraphs kept whole: rules / before / after |
|---|---|---|---|---|
| dev1 | 882/882 (100.0%) | 100.0% → 882/882 (100.0%) | 99.40% / 99.16% / 99.16% | 98.91% / 98.47% / 98.47% |
| dev2 | 956/960 (99.6%) | 99.6% → 956/960 (99.6%) | 100.00% / 100.00% / 100.00% | 99.71% / 99.71% / 99.71% |
| dev3 | 1214/1237 (98.1%) | 98.7% → 1221/1237 (98.7%) | 100.00% / 100.00% / 100.00% | 100.00% / 100.00% / 100.00% |
| dev3d | 349/366 (95.4%) | 97.8% → 358/366 (97.8%) | 99.93% / 99.86% / 99.86% | 99.75% / 99.50% / 99.50% |
| test1 | 1964/2150 (91.3%) | 96.5% → 2079/2150 (96.7%) | 100.00% / 99.95% / 99.86% | 98.91% / 98.83% / 98.66% |
| test2 | 2042/2563 (79.7%) | 92.9% → 2399/2563 (93.6%) | 99.97% / 99.91% / 99.88% | 98.54% / 98.43% / 98.37% |
| test3 | 1674/2241 (74.7%) | 92.3% → 2073/2241 (92.5%) | 99.95% / 99.82% / 99.77% | 99.50% / 99.37% / 99.24% |
| dev4 | 2089/3046 (68.6%) | 86.4% → 2664/3046 (87.5%) | 99.82% / 99.76% / 99.82% | 99.68% / 99.59% / 99.68% |
| dev5 | 1466/2815 (52.1%) | 75.0% → 2229/2815 (79.2%) | 100.00% / 99.62% / 99.62% | 99.42% / 99.14% / 99.14% |

Mean removal over the nine held-out writers 93.2 % before, 93.9 % after; lowest 75.0 % → 79.2 %
(dev5: 文库 sites, WeChat and news-app copies, forums, with sentence-like comments and related
headlines). The 95 % target is met on five of the nine held-out writers, not on test2, test3, dev4
and dev5; 99.5 % of paragraphs kept whole is not met on dev1, test1, test2, test3 and dev5, where the
rules alone already lose 0.5-1.5 % (PDF table headers, split hard-wrapped paragraphs) and the model
adds at most 0.5 % per writer.

After that run the lead widened two guards (a headline led by its place, 某镇：…, may be the title; an
addressee such as 街道党工委： right over the body is guarded) and retrained with C 16 and threshold 0.94.
The nine-writer validation of that version (C 16, cross-validated threshold 0.91): held-out removal
dev1 100.0%, dev2 99.6%, dev3 98.7%, dev3d 98.1%, test1 96.7%, test2 93.8%, test3 92.6%, dev4 87.8%,
dev5 80.1% (mean 94.2 %), content lines kept 99.16-100 %, paragraphs kept whole 98.37-100 %.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from textlab.training import chrome_training as ct  # noqa: E402

EVAL = ROOT / "eval"
# One writer per line: the name used in the tables and the folder of its page set under eval/.
# Adding a writer (a new development set, or a retired test set) is adding one line here.
WRITER_FOLDERS = (
    ("dev1", "chrome_dev"),
    ("dev2", "chrome_dev2"),
    ("dev3", "chrome_dev3"),
    ("dev3d", "chrome_dev3_designer"),
    ("test1", "chrome_test"),
    ("test2", "chrome_test2"),
    ("test3", "chrome_test3"),
    ("dev4", "chrome_dev4"),
    ("dev5", "chrome_dev5"),
    ("test4", "chrome_test4"),
)
WRITERS = {name: str(EVAL / folder) for name, folder in WRITER_FOLDERS}
GRID = tuple(round(x, 3) for x in np.arange(0.50, 0.995, 0.01))


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def _brief(s: dict) -> dict:
    keys = ("pages", "chrome_removed", "content_kept", "paragraphs_kept", "paragraphs_text_kept", "chrome_removed_by_kind")
    return {k: s[k] for k in keys}


def page_source(source: str, tmp: Path) -> Path:
    """A readable page set for ``source``: the folder or file itself when it holds pages (a
    ``pages/`` + ``gold/`` folder or a ``.jsonl``), else the ``pages.jsonl`` its ``build.py`` writes
    into ``tmp`` (an error naming the folder when it has neither)."""
    import subprocess

    path = Path(source)
    if path.is_file() or (path / "pages").is_dir() and (path / "gold").is_dir():
        return path
    built = path / "pages.jsonl"
    if built.is_file():
        return built
    script = path / "build.py"
    if not script.is_file():
        raise SystemExit(f"{path}: no pages/ + gold/, no pages.jsonl and no build.py to make one")
    out = tmp / f"{path.name}.jsonl"
    run = subprocess.run([sys.executable, str(script), "--out", str(out)], cwd=str(ROOT), capture_output=True, text=True)
    if run.returncode != 0 or not out.is_file():
        raise SystemExit(f"{script}: building the page set failed:\n{run.stderr[-2000:]}")
    print(f"built {path.name}: {run.stdout.strip()}", flush=True)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    for name, default in WRITERS.items():
        ap.add_argument(f"--{name}", default=default, help=f"page set of writer {name} (folder or pages.jsonl)")
    ap.add_argument("--writers", nargs="*", default=list(WRITERS), help="the writers used (default: all of WRITER_FOLDERS)")
    ap.add_argument("--C", type=float, nargs="*", default=[0.25, 0.5, 1.0])
    ap.add_argument("--max-paragraph-loss", type=float, default=0.005)
    ap.add_argument("--threshold", type=float, help="a fixed threshold instead of the cross-validated one")
    ap.add_argument("--cv", action="store_true", help="leave-one-writer-out validation")
    ap.add_argument("--score", action="store_true", help="with --cv: the chrome scorer on every held-out writer")
    ap.add_argument("--save", help="train on all writers and save the model to this folder")
    ap.add_argument("--out", help="JSON of the figures")
    args = ap.parse_args(argv)

    t0 = time.time()
    writers = list(args.writers)
    import tempfile

    with tempfile.TemporaryDirectory(prefix="train_chrome_") as tmp:
        pages = {w: ct.load_pages(page_source(getattr(args, w), Path(tmp))) for w in writers}
    tables = {w: ct.line_table(pages[w]) for w in writers}
    print(f"features of {sum(t['X'].shape[0] for t in tables.values())} lines in {time.time() - t0:.0f}s", flush=True)
    results: dict = {"writers": writers, "sizes": {w: tables[w]["X"].shape[0] for w in writers}}

    def train(names, C, threshold=0.5):
        from scipy import sparse

        X = sparse.vstack([tables[n]["X"] for n in names]).tocsr()
        y = np.concatenate([tables[n]["y"] for n in names])
        return ct.fit(X, y, C=C, threshold=threshold)

    C, threshold = args.C[0], args.threshold or 0.9
    if args.cv:
        per_c = {}
        for c in args.C:
            probs = {}
            for held in writers:
                m = train([w for w in writers if w != held], c)
                probs[held] = _sigmoid(tables[held]["X"] @ m.coef + m.intercept)
            chosen = None
            for t in GRID:
                figs = {w: ct.proxy_figures(tables[w], probs[w], t) for w in writers}
                if all(f["paragraphs_lost_by_model"] <= args.max_paragraph_loss * len(tables[w]["paragraphs"])
                       for w, f in figs.items()):
                    chosen = (t, figs)
                    break
            if chosen is None:
                per_c[c] = {"threshold": None}
                print(f"C={c}: no threshold of the grid keeps the paragraphs", flush=True)
                continue
            t, figs = chosen
            mean = float(np.mean([f["chrome_removed"] for f in figs.values()]))
            per_c[c] = {"threshold": t, "mean_removed": mean, "held_out": figs, "probs": probs}
            print(f"C={c}: threshold {t}, mean held-out removal {mean:.4f}; "
                  + ", ".join(f"{w} {f['chrome_removed']:.3f}/{f['paragraphs_lost_by_model']}" for w, f in figs.items()),
                  flush=True)
        good = {c: v for c, v in per_c.items() if v["threshold"] is not None}
        if not good:
            raise SystemExit("no C has a threshold that keeps the paragraphs")
        C = max(good, key=lambda c: good[c]["mean_removed"])
        threshold = args.threshold or good[C]["threshold"]
        results["cv"] = {str(c): {k: v for k, v in d.items() if k != "probs"} for c, d in per_c.items()}
        results["chosen"] = {"C": C, "threshold": threshold, "max_paragraph_loss": args.max_paragraph_loss}
        print(f"chosen C={C} threshold={threshold}", flush=True)
        if args.score:
            results["held_out_scored"] = {}
            for held in writers:
                m = train([w for w in writers if w != held], C, threshold)
                rules = ct.score_with(pages[held], None)
                learned = ct.score_with(pages[held], m)
                results["held_out_scored"][held] = {"rules": _brief(rules), "model": _brief(learned)}
                r, l = rules, learned
                print(f"held out {held}: removed {r['chrome_removed']['rate']:.4f} -> {l['chrome_removed']['rate']:.4f}; "
                      f"content lines {r['content_kept']['rate']:.4f} -> {l['content_kept']['rate']:.4f}; "
                      f"paragraphs {r['paragraphs_kept']['rate']:.4f} -> {l['paragraphs_kept']['rate']:.4f}", flush=True)
    if args.save:
        model = train(writers, C, threshold)
        model.card = {"trained_on": writers, "C": C, "threshold_from": "leave-one-writer-out" if args.cv else "given",
                      "max_paragraph_loss": args.max_paragraph_loss, "solver": "liblinear", "random_state": 0}
        model.save(args.save)
        results["saved"] = {"folder": args.save, "C": C, "threshold": threshold}
        print("saved", args.save, C, threshold, flush=True)
    if args.out:
        Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(f"done in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
