"""Train, evaluate and save the default paragraph classifier shipped in models/classifier.

    python scripts/train_classifier.py [--out models/classifier] [--random-state 0]
    python scripts/train_classifier.py --card-only     # re-render MODEL_CARD.md from card.json

Prints the evaluation as it goes; writes the model (manifest.json, arrays.npz, vocabulary.json),
card.json and MODEL_CARD.md. Takes a few minutes on 2 cores. The recipe is
``textlab.training.classifier_training.train_default_classifier``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from textlab.training.classifier_training import save_training_run, train_default_classifier
from textlab.training.model_cards import write_classifier_card


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "models" / "classifier"))
    parser.add_argument("--random-state", type=int, default=0)
    parser.add_argument("--seeds", default=None, help="the seed folder (default: the checkout's seeds/)")
    parser.add_argument("--card-only", action="store_true", help="only re-render MODEL_CARD.md")
    args = parser.parse_args(argv)
    if args.card_only:
        print(f"wrote {write_classifier_card(args.out)}")
        return
    run = train_default_classifier(random_state=args.random_state, seeds=args.seeds)
    save_training_run(run, args.out)
    print(f"saved to {args.out}")


if __name__ == "__main__":
    main()
