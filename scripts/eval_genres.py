"""Score textlab's classifier and document type on the written genre set eval/genres (issue 15, point 4).

    python scripts/eval_genres.py --out eval_out                      # the dev part
    python scripts/eval_genres.py --part all --out eval_out           # both parts of eval/genres (its test part is retired)
    python scripts/eval_genres.py --set eval/genres_test2 --part test --locked-test-run --out eval_out   # a locked test set, once
    python scripts/eval_genres.py --model models/classifier --corpus ../shared/corpus --out eval_out

Scores the imported textlab (run from a checkout's root to score that checkout): ``predict()`` on
each sentence alone and ``classify_document()`` on each whole document (aligned to the gold units),
macro-F1 with three and four labels, per class, per sub-genre, confusion matrices; the plain
TF-IDF + logistic-regression baseline beside; ``textlab.document_type`` on the set and on the
corpus folders when it exists; prediction speed against a simple baseline in the same run.
Writes ``genres_<part>.md`` and ``genres_<part>.json`` to ``--out``. All the code is in
``textlab.training.genre_eval`` (definitions in its docstring).

A locked test part refuses to run without ``--locked-test-run``: it is scored once, after the model is
frozen, and its output holds aggregates only. The test part of eval/genres was retired into development
data on 2026-11-30 (its README opens with **RETIRED**): ``--part test`` and ``--part all`` score it freely.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textlab.training.genre_eval import LockedTestError, check_part, evaluate_genres, write_results  # noqa: E402


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=["dev", "test", "all"], default="dev")
    parser.add_argument("--locked-test-run", action="store_true", help="required to score the locked test part")
    parser.add_argument("--model", help="a saved classifier folder (default: the shipped one)")
    parser.add_argument("--corpus", help="the shared corpus (default: $TEXTLAB_CORPUS, else ../shared/corpus)")
    parser.add_argument("--set", dest="folder", help="the eval/genres folder (default: the checkout's)")
    parser.add_argument("--out", required=True, help="folder for genres_<part>.md and genres_<part>.json")
    parser.add_argument("--speed-repeat", type=int, default=3, help="timing rounds (median); 0 skips the speed figures")
    parser.add_argument("--no-corpus", action="store_true", help="skip the document types of the corpus folders")
    args = parser.parse_args(argv)
    try:
        check_part(args.part, args.locked_test_run, args.folder)
    except LockedTestError as err:
        parser.error(str(err))
    result = evaluate_genres(args.part, locked_test_run=args.locked_test_run, model=args.model, folder=args.folder,
                             corpus=args.corpus, speed_repeat=max(args.speed_repeat, 1),
                             with_speed=args.speed_repeat > 0, with_corpus=not args.no_corpus,
                             log=lambda msg: print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True))
    md, js = write_results(result, args.out)
    print(f"wrote {md} and {js}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
