"""Train the topic model of the report corpus shipped in models/topics_reports.

    python scripts/train_topic_model.py [--out models/topics_reports] [--ks 5 8 10 12 15 20]
    python scripts/train_topic_model.py --card-only     # re-render MODEL_CARD.md from saved files

The training itself is ``textlab.training.topic_training.train`` (data, split, sweep and files
are described there); the card is ``textlab.training.model_cards.write_topic_card``.
``benchmark.json`` (written by ``benchmarks/bench_topics.py --json``) is included in the card
when present.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from textlab.training.model_cards import write_topic_card
from textlab.training.topic_training import KS, RANDOM_STATE, train


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "models" / "topics_reports"))
    parser.add_argument("--ks", type=int, nargs="+", default=list(KS))
    parser.add_argument("--random-state", type=int, default=RANDOM_STATE)
    parser.add_argument("--reports", default=None, help="the gov_reports folder (default: seeds/gov_reports)")
    parser.add_argument("--card-only", action="store_true", help="only re-render MODEL_CARD.md")
    args = parser.parse_args(argv)
    out = Path(args.out)
    if args.card_only:
        print(f"wrote {write_topic_card(out)}")
        return
    train(out, ks=tuple(args.ks), random_state=args.random_state, reports=args.reports)


if __name__ == "__main__":
    sys.exit(main())
