"""Train, evaluate and save the default paragraph classifier shipped in models/classifier.

    python scripts/train_classifier.py [--out models/classifier] [--random-state 0]

Prints the evaluation as it goes; writes the model (manifest.json, arrays.npz, vocabulary.json),
card.json and MODEL_CARD.md. Takes a few minutes on 2 cores.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from textlab.training.evaluate import save_training_run, train_default_classifier

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "models" / "classifier"))
    parser.add_argument("--random-state", type=int, default=0)
    args = parser.parse_args()
    run = train_default_classifier(random_state=args.random_state)
    save_training_run(run, args.out)
    print(f"saved to {args.out}")


if __name__ == "__main__":
    main()
