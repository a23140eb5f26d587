"""Train the chrome model (``textlab/chrome_model.py``) on the development page sets; cross-set validation.

    python eval/chrome_dev/build.py --out /tmp/cl/dev1.jsonl
    python eval/chrome_dev2/build.py --out /tmp/cl/dev2.jsonl
    python eval/chrome_dev3_designer/build.py --out /tmp/cl/dev3d.jsonl
    python eval/chrome_dev3/build.py --seed 101 --out /tmp/cl/d3s101     # re-draws (new combinations)
    python eval/chrome_dev3/build.py --seed 102 --out /tmp/cl/d3s102
    python scripts/train_chrome.py --cv --out /tmp/cl/cv.json            # rotations, rules-only vs model
    python scripts/train_chrome.py --save models/chrome                  # the shipped model

Writers: dev1 (eval/chrome_dev), dev2 (eval/chrome_dev2), dev3 (eval/chrome_dev3); the designer's
probe pages (dev3d) are always in training. A rotation trains on two writers (+ dev3d), picks the
threshold by an inner leave-one-set-out over its training sets (above every content line of the
left-out training set, plus a margin) and scores the third writer with the chrome scorer. The
re-draws of dev3 are scored by the model trained without dev3 and by the final model.
The final model trains on all four sets; its threshold is the highest of the rotations' inner
thresholds and of every held-out content probability, plus the margin.

Figures of the shipped model's recipe (C 0.5, margin 0.01; scorer of textlab/training/chrome_eval.py;
"rules" = ``clean(chrome_model=False)``; the rotation models, each without the held-out writer):

| held out | threshold | chrome removed: rules → model | content lines kept | content paragraphs kept | kinds that changed (rules → model) |
|---|---|---|---|---|---|
| dev1 | 0.863 | 882/882 (100.0%) → 882/882 (100.0%) | 1648/1658 → 1648/1658 | 907/917 → 907/917 |  |
| dev2 | 0.761 | 956/960 (99.6%) → 959/960 (99.9%) | 1632/1632 → 1632/1632 | 677/679 → 677/679 | metadata 129/132→132 |
| dev3 | 0.810 | 1214/1237 (98.1%) → 1218/1237 (98.5%) | 1172/1172 → 1172/1172 | 730/730 → 730/730 | markup 25/28→26, metadata 191/197→194 |
| dev3->d3s101 | 0.810 | 1279/1370 (93.4%) → 1300/1370 (94.9%) | 1267/1268 → 1267/1268 | 622/624 → 622/624 | comment 10/18→11, disclaimer 10/15→11, markup 24/28→25, metadata 168/181→171, mojibake 6/9→9, navigation 110/116→111, pagination 28/30→29, related 305/342→314, toolbar 113/114→114 |
| dev3->d3s102 | 0.810 | 1232/1319 (93.4%) → 1255/1319 (95.1%) | 1127/1128 → 1127/1128 | 653/654 → 653/654 | footer 183/186→184, markup 31/34→33, metadata 171/180→173, navigation 117/119→118, pagination 26/29→29, related 298/349→312 |

The shipped model (all four sets, threshold 0.863) keeps every content line the rules keep on
dev1, dev2, dev3, dev3d and both re-draws; the five seeds and the 40 gov.cn pages come out
byte-identical.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textlab.training import chrome_training as ct  # noqa: E402

WRITERS = ("dev1", "dev2", "dev3")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev1", default="/tmp/cl/dev1.jsonl")
    ap.add_argument("--dev2", default="/tmp/cl/dev2.jsonl")
    ap.add_argument("--dev3", default=str(ROOT / "eval" / "chrome_dev3"))
    ap.add_argument("--dev3d", default="/tmp/cl/dev3d.jsonl")
    ap.add_argument("--redraws", nargs="*", default=["/tmp/cl/d3s101", "/tmp/cl/d3s102"])
    ap.add_argument("--C", type=float, default=0.5)
    ap.add_argument("--margin", type=float, default=0.01)
    ap.add_argument("--threshold", type=float, help="a fixed threshold instead of the inner choice (a trade-off view)")
    ap.add_argument("--cv", action="store_true", help="cross-set validation with the scorer")
    ap.add_argument("--save", help="train on all sets and save the model to this folder")
    ap.add_argument("--out", help="JSON of the figures")
    args = ap.parse_args(argv)

    sets = {name: ct.load_pages(getattr(args, name)) for name in (*WRITERS, "dev3d")}
    data = {name: ct.examples(pages) for name, pages in sets.items()}
    results: dict = {"C": args.C, "margin": args.margin, "rotations": {}}

    def train(names):
        from scipy import sparse
        import numpy as np

        X = sparse.vstack([data[n][0] for n in names]).tocsr()
        y = np.concatenate([data[n][1] for n in names])
        return ct.fit(X, y, C=args.C)

    def inner_threshold(names):
        tops = []
        for left in names:
            m = train([n for n in names if n != left])
            p, chrome = ct.content_scores(m, sets[left])
            tops.append(float(p[~chrome].max()) if (~chrome).any() else 0.0)
        return ct.choose_threshold(__import__("numpy").array(tops), margin=args.margin), tops

    thresholds = []
    if args.cv:
        for held in WRITERS:
            names = [n for n in WRITERS if n != held] + ["dev3d"]
            threshold, tops = (args.threshold, []) if args.threshold else inner_threshold(names)
            model = train(names)
            model.threshold = threshold
            p, chrome = ct.content_scores(model, sets[held])
            rules = ct.score_with(sets[held], None)
            learned = ct.score_with(sets[held], model)
            held_top = float(p[~chrome].max()) if (~chrome).any() else 0.0
            thresholds += [threshold, held_top + args.margin]
            results["rotations"][held] = {"train": names, "threshold": threshold, "inner_tops": tops,
                                          "held_content_top": held_top, "rules": rules, "model": learned}
            if held == "dev3":
                for path in args.redraws:
                    pages = ct.load_pages(path)
                    results["rotations"][f"{held}->{Path(path).name}"] = {
                        "train": names, "threshold": threshold,
                        "rules": ct.score_with(pages, None), "model": ct.score_with(pages, model)}
            print(held, "done", threshold, held_top, flush=True)
    if args.save:
        names = [*WRITERS, "dev3d"]
        threshold = max(thresholds) if thresholds else inner_threshold(names)[0]
        model = train(names)
        model.threshold = min(0.999, threshold)
        model.card = {"trained_on": names, "C": args.C, "margin": args.margin, "threshold_from": thresholds,
                      "solver": "liblinear", "random_state": 0}
        model.save(args.save)
        results["final_threshold"] = model.threshold
        print("saved", args.save, model.threshold)
    if args.out:
        Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
