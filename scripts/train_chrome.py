"""Train the chrome model (``textlab/chrome_model.py``) with leave-one-writer-out validation.

Retrain (validation, held-out scoring, the seed rule and the saved model in one command, about
10 minutes on the shared machine):

    nice -n 10 python scripts/train_chrome.py --cv --score --C 16 --save models/chrome --out /tmp/cv.json

``--C 16 --threshold T --save models/chrome`` alone trains and saves in about a minute (the seed
rule still runs). The page sets are read straight from their eval folders: a folder with ``pages/``
+ ``gold/`` is read as it is; a folder that only holds a ``build.py`` (dev1, dev2, dev3d) is built
into a temporary directory by running that script (``--out`` to a ``pages.jsonl`` there) with the
interpreter running this one, so a fresh checkout retrains with the command above. ``--dev1 PATH``
etc. give a ready folder or ``pages.jsonl`` instead.

Writers: one page set each, listed one per line in ``WRITER_FOLDERS`` (adding a writer is adding
that line): dev1 (eval/chrome_dev), dev2, dev3, dev3d (the designer's probe pages), test1, test2,
test3, test4 (the retired test sets chrome_test…chrome_test4, development data since 2026-11-30),
dev4, dev5, dev6 and dev7 (eval/chrome_dev6 and chrome_dev7, brought in from h/chromedev6 and
h/chromedev7 on 2026-11-30) and test5 (eval/chrome_test5, retired in the fifth round: the thirteenth
writer). A locked set (README says LOCKED) is refused by ``load_pages``.

``--cv``: for every C of ``--C`` and every writer, a model is trained on the other writers and gives
the held-out writer's lines their chrome probability. The threshold of a C is the lowest one of
``--grid`` at which, on EVERY held-out writer, the lines the model removes break at most
``--max-paragraph-loss`` (default 0.5 %) of that writer's content paragraphs that the rules keep whole
(the writers that block lower thresholds are printed); C is the one with the highest mean held-out
chrome removal at its threshold. The seed rule (:func:`seed_threshold`) then raises the threshold,
in steps of 0.01, until the judge of all writers removes no line of the 294 files of ``seeds/``
beyond what the rules remove. ``--score`` runs the chrome scorer (``textlab/training/chrome_eval.py``,
the full ``clean``, with the judge's fixpoint) on every held-out writer with that writer's model
(rules alone vs rules + model): the honest figures are these held-out ones (mean / min over writers).
``--save`` trains on all writers with the chosen C and threshold (or ``--C`` / ``--threshold`` when
given; the seed rule applies to a given threshold too). Figures on the training writers are optimistic.

Figures of the shipped model (run of 2026-11-30, fifth round: C 16, cross-validated threshold 0.90 on
thirteen writers, test1 and dev7 blocking 0.86-0.89; the seed rule kept it). Every row is a model trained
WITHOUT that writer and scored by the full ``clean`` (rules, judge, fixpoint). "before" is the fourth
round's features and guards with this round's fixpoint and thirteen writers (same command): its
cross-validated threshold 0.93 was raised to 0.99 by the seed rule (粗体文字, a markup label a wikisource
copy left in seeds' 2007 report, read as a run of link-like lines because the sentence before it ends
in a stray ``'``). "after" adds the soft title guard (on a web copy, a site's page title over content
that starts mid-document is judged, ``chrome_model._soft``), reads a sentence end before a stray ASCII
quote and holds a member line (李捷研究员、…) once its spaces are gone.

| held out | rules alone: removed | before: removed | after: removed | content lines kept before / after | paragraphs whole: rules / before / after |
|---|---|---|---|---|---|
| dev1 | 100.0% | 100.0% | 100.0% (882/882) | 99.4% / 99.4% | 98.9% / 98.9% / 98.9% |
| dev2 | 99.7% | 99.7% | 99.7% (957/960) | 100.0% / 99.9% | 99.9% / 99.9% / 99.7% |
| dev3 | 98.1% | 98.8% | 98.8% (1222/1237) | 100.0% / 100.0% | 100.0% / 100.0% / 100.0% |
| dev3d | 95.4% | 97.5% | 98.1% (359/366) | 99.9% / 99.9% | 99.8% / 99.8% / 99.8% |
| test1 | 91.3% | 96.9% | 97.5% (2096/2150) | 99.9% / 99.8% | 100.0% / 99.8% / 99.6% |
| test2 | 79.7% | 93.8% | 94.9% (2433/2563) | 99.9% / 99.9% | 99.9% / 99.8% / 99.8% |
| test3 | 74.9% | 93.8% | 94.7% (2122/2241) | 99.9% / 99.8% | 99.7% / 99.7% / 99.6% |
| dev4 | 68.6% | 88.2% | 89.8% (2734/3046) | 99.8% / 99.8% | 99.8% / 99.8% / 99.8% |
| dev5 | 52.1% | 83.7% | 87.1% (2452/2815) | 100.0% / 99.8% | 99.4% / 99.4% / 99.2% |
| test4 | 64.6% | 90.5% | 92.4% (3011/3258) | 99.7% / 99.7% | 98.3% / 98.2% / 98.1% |
| dev6 | 59.0% | 83.9% | 86.1% (2468/2868) | 100.0% / 99.9% | 97.7% / 97.7% / 97.6% |
| dev7 | 62.3% | 91.2% | 92.6% (3460/3737) | 99.8% / 99.7% | 96.0% / 95.7% / 95.5% |
| test5 | 61.8% | 87.2% | 89.2% (2523/2828) | 99.3% / 99.3% | 98.7% / 98.5% / 98.5% |
mean before 92.7% min 83.7%; after mean 93.9% min 86.1%
(fourth round, twelve writers: mean 93.7% min 84.8%; main's shipped judge scored on chrome_test5 while it was
locked: 88.4%)

Held-out removal per weak kind, before → after (gold lines of that kind):

| kind | dev1 | dev2 | dev3 | dev3d | test1 | test2 | test3 | dev4 | dev5 | test4 | dev6 | dev7 | test5 |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
| title_repeat | – | – | – | – | 84→90 (49) | 66→71 (123) | 60→64 (83) | 55→62 (130) | 64→66 (91) | 74→79 (140) | 58→64 (100) | 57→59 (116) | 53→68 (100) |
| intro | – | – | – | – | – | – | – | – | – | 29→38 (21) | 26→26 (58) | 25→25 (32) | 16→16 (19) |
| caption | 100→100 (1) | – | – | – | – | – | – | 65→65 (31) | – | 59→59 (27) | 61→65 (54) | 62→62 (37) | 40→48 (50) |
| video | – | – | – | – | – | – | – | – | – | 64→76 (33) | 70→74 (70) | 60→70 (10) | 36→36 (14) |
| cookie | – | – | – | – | – | – | – | – | – | 64→71 (14) | 62→62 (16) | 56→56 (16) | 50→50 (24) |
| app_banner | – | – | – | – | – | – | – | – | – | 78→78 (54) | 76→78 (41) | 77→77 (26) | 41→48 (29) |
| watermark | – | – | – | – | – | – | – | – | – | – | 73→73 (22) | – | 53→53 (15) |
| mojibake | 100→100 (14) | – | 100→100 (7) | – | 100→100 (39) | 97→97 (29) | 77→77 (30) | 92→96 (25) | 100→100 (5) | 74→79 (42) | 76→84 (38) | 78→80 (40) | 74→74 (31) |
| toc | – | – | – | – | – | – | 100→100 (16) | 94→100 (17) | 94→100 (33) | 82→100 (38) | 54→64 (129) | 74→78 (80) | 79→79 (52) |
| audio | – | – | – | – | – | – | 61→61 (23) | 76→80 (46) | 100→100 (18) | 78→78 (27) | 79→83 (29) | 79→87 (39) | 76→76 (25) |
| disclaimer | – | – | 100→100 (23) | – | – | – | 71→71 (14) | 62→73 (26) | 83→85 (66) | 67→72 (18) | 70→70 (30) | 97→97 (31) | 87→91 (23) |
| follow | – | – | – | – | – | 88→88 (16) | 87→90 (30) | 93→100 (15) | 84→87 (45) | 74→85 (27) | 74→74 (46) | 100→100 (22) | 84→84 (31) |
| print_header | – | – | – | – | – | – | – | – | 91→94 (33) | 100→100 (32) | 96→96 (82) | 92→92 (86) | 100→100 (46) |
| ads | – | – | – | – | 87→89 (84) | 82→86 (146) | 87→90 (62) | 25→25 (4) | 74→74 (88) | 83→83 (46) | 82→90 (79) | 86→86 (22) | 88→88 (26) |
| pagination | 100→100 (45) | 100→100 (49) | 100→100 (23) | – | 100→100 (34) | 99→99 (84) | 93→93 (41) | 88→88 (68) | 91→91 (23) | 95→95 (55) | 92→92 (159) | 98→98 (52) | 94→96 (50) |
| comments | – | – | – | – | – | 100→100 (21) | 98→100 (161) | 85→91 (135) | 69→76 (470) | 93→97 (218) | 98→98 (130) | 88→92 (354) | 84→89 (225) |
| related | 100→100 (160) | 100→100 (187) | 100→100 (273) | 99→99 (152) | 96→97 (184) | 92→94 (507) | 95→96 (297) | 73→74 (280) | 82→88 (584) | 87→90 (392) | 95→97 (201) | 95→97 (686) | 88→89 (292) |
| metadata | 100→100 (131) | 98→98 (132) | 99→99 (197) | – | 98→98 (213) | 99→99 (186) | 92→95 (236) | 95→96 (248) | 88→89 (528) | 92→92 (329) | 92→92 (320) | 88→89 (388) | 88→89 (323) |

The content side: the judge breaks at most 0.5 % of any held-out writer's paragraphs (dev7 0.48 points,
test1 0.42, the others at most 0.22), removes no line of the 294 files of ``seeds/``, and on the 148
written genre documents (``scripts/check_chrome_genres.py``) it removes 12 lines: the 11 of the fourth
round (the masthead and contents list of a bulletin, 组工动态（第12期） … its three entries, a column label
【典型经验】 and the related-document lines of three document-sharing copies) and the bulletin's source
line （市委组织部组织一处供稿） (p 0.92). The 95 % target holds on five of the thirteen held-out writers
(dev1, dev2, dev3, dev3d, test1; test2 94.9 % and test3 94.7 % are close); dev4, dev5 and dev6 stay below 90 %.
What the judge still misses on every writer: title repeats that the title guard holds (a plain page
title over an excerpt is content to chrome_dev's writer and chrome to chrome_test5's: it stays),
editors' leads and cookie notices that read as sentences (the sentence guard), and captions, video and
app-banner lines inside the body (the body-line guard; a soft body-line guard, tried, let the judge take
table cells, section words and cut link texts of the seeds: 定性, 名词解释, 纲要（草案）).
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
    ("dev6", "chrome_dev6"),
    ("dev7", "chrome_dev7"),
    ("test5", "chrome_test5"),
    ("dev8", "chrome_dev8"),
    ("dev9", "chrome_dev9"),
    ("dev10", "chrome_dev10"),
    ("dev11", "chrome_dev11"),
    ("dev12", "chrome_dev12"),
    ("dev13", "chrome_dev13"),
)
WRITERS = {name: str(EVAL / folder) for name, folder in WRITER_FOLDERS}
SEEDS = ROOT / "seeds"
GRID = tuple(round(x, 3) for x in np.arange(0.50, 0.995, 0.01))


def _sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50)))


def _brief(s: dict) -> dict:
    keys = ("pages", "chrome_removed", "content_kept", "paragraphs_kept", "paragraphs_text_kept", "chrome_removed_by_kind")
    return {k: s[k] for k in keys}


def seed_threshold(model, threshold: float) -> tuple[float, list[str]]:
    """The seed rule: the lowest threshold, from ``threshold`` up in steps of 0.01, at which ``clean()``
    with the judge removes no line of the files of ``seeds/`` (all of them: party-building speeches,
    government reports, State Council documents; every line is document content) beyond what the
    rules alone remove. Returns it and the seed files that made it rise."""
    import math as _math

    from textlab.cleaning import clean

    texts = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in sorted(SEEDS.rglob("*.txt"))}
    rules = {name: clean(t, chrome_model=False) for name, t in texts.items()}
    raised_by, todo = [], list(texts)
    while todo and threshold < 0.999:
        model.threshold = threshold
        worst = 0.0
        still = []
        for name in todo:
            report = clean(texts[name], report=True, chrome_model=model)
            if report.text != rules[name]:
                still.append(name)
                worst = max([worst] + [float(r.reason.split("p=")[1].split()[0]) for r in report.removed
                                       if r.reason.startswith("model")])
        if not still:
            break
        raised_by += [n for n in still if n not in raised_by]
        threshold = min(0.999, max(round(threshold + 0.01, 2), _math.ceil((worst + 0.005) * 100) / 100))
        todo = still
    model.threshold = threshold
    return threshold, raised_by


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
            chosen, blocked = None, {}
            for t in GRID:
                figs = {w: ct.proxy_figures(tables[w], probs[w], t) for w in writers}
                over = [w for w, f in figs.items()
                        if f["paragraphs_lost_by_model"] > args.max_paragraph_loss * len(tables[w]["paragraphs"])]
                if not over:
                    chosen = (t, figs)
                    break
                blocked[t] = over  # the writers whose paragraphs a lower threshold would break
            if blocked:
                print(f"C={c}: thresholds below the chosen one break paragraphs of "
                      + "; ".join(f"{t}: {', '.join(w)}" for t, w in list(blocked.items())[-4:]), flush=True)
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
        if not args.threshold:  # the seed rule on the model of all writers (what --save ships)
            threshold, raised_by = seed_threshold(train(writers, C), threshold)
            results["chosen"]["threshold"] = threshold
            results["chosen"]["seed_rule_raised_by"] = raised_by
            print(f"seed rule: threshold {threshold} (raised by {len(raised_by)} seed files: {raised_by[:5]})", flush=True)
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
        seeded, raised_by = seed_threshold(model, threshold)
        if seeded != threshold:
            print(f"seed rule: threshold {threshold} -> {seeded} ({raised_by[:5]})", flush=True)
            threshold = seeded
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
