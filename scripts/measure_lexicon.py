"""Measure what the domain lexicon buys: domain-term coverage and general word F1, textlab vs jieba.

Run::

    python scripts/measure_lexicon.py [-v]

The measures are ``textlab.training.segmentation_scores`` (described there). ``-v`` lists the
terms each segmenter splits most and the terms never seen in the seeds.
"""

from __future__ import annotations

import sys

from textlab.training.segmentation_scores import summary


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    print("\n".join(summary(verbose="-v" in argv)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
