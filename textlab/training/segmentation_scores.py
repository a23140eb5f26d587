"""Measuring what the domain lexicon buys: domain-term coverage and general word F1, textlab vs plain jieba.

1. Domain-term coverage: over the five party-building seeds and all of seeds/gov_reports
   (t2s + NFKC, the same normalisation as ``textlab.training.lexicon``), every occurrence of every
   term in tests/data/segment/domain_terms.txt is "kept whole" when no token boundary falls
   strictly inside it (the term is one token, or sits inside a longer token). "Exact" counts only
   the occurrences that are one token exactly.
2. General segmentation: word precision / recall / F1 against the hand-segmented news-style
   sentences in tests/data/segment/news_sample.txt (words separated by spaces).

Plain jieba is a fresh ``jieba.Tokenizer()`` with the default dictionary and HMM on.
``python scripts/measure_lexicon.py`` prints the figures; tests/segmentation/test_segmenter.py and notebook 02
use the functions below, so the README numbers and the tests agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Union

from textlab.training.checkout import checkout_root, seeds_dir

PathLike = Union[str, Path]

# jieba never cuts across these characters' complement: a block is a maximal run of them
JIEBA_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")


def data_dir(folder: PathLike | None = None) -> Path:
    """The measurement data (``tests/data/segment`` of the checkout unless ``folder`` is given)."""
    folder = Path(folder) if folder is not None else checkout_root() / "tests" / "data" / "segment"
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder (the segmentation test data of a source checkout)")
    return folder


def read_list(path: PathLike) -> list[str]:
    """Non-blank, non-comment lines of a UTF-8 file."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]


def corpus_texts(seeds: PathLike | None = None) -> list[str]:
    """Seeds (party building + reports), t2s + NFKC, in a fixed order (default: the checkout's ``seeds/``)."""
    import opencc

    root = seeds_dir(seeds)
    t2s = opencc.OpenCC("t2s")
    paths = sorted((root / "party_building").glob("*.txt")) + sorted((root / "gov_reports").rglob("*.txt"))
    return [unicodedata.normalize("NFKC", t2s.convert(p.read_text(encoding="utf-8"))) for p in paths]


def term_blocks(texts: Iterable[str], terms: list[str]) -> dict[str, int]:
    """The jieba blocks that contain at least one term, with how often each block occurs."""
    blocks: dict[str, int] = {}
    for text in texts:
        for match in JIEBA_BLOCK.finditer(text):
            block = match.group()
            if block in blocks:
                blocks[block] += 1
            elif any(term in block for term in terms):
                blocks[block] = 1
    return blocks


def coverage(cut: Callable[[str], list[str]], blocks: dict[str, int], terms: list[str]) -> dict[str, float]:
    """Share of term occurrences kept whole (no boundary inside) and kept exactly (one token)."""
    total = whole = exact = 0
    per_term: dict[str, list[int]] = {t: [0, 0] for t in terms}
    for block, times in blocks.items():
        cuts, pos = set(), 0
        starts = {}
        for token in cut(block):
            starts[pos] = pos + len(token)
            pos += len(token)
            cuts.add(pos)
        for term in terms:
            start = block.find(term)
            while start != -1:
                end = start + len(term)
                inside = any(k in cuts for k in range(start + 1, end))
                total += times
                per_term[term][0] += times
                if not inside:
                    whole += times
                    per_term[term][1] += times
                    if starts.get(start) == end:
                        exact += times
                start = block.find(term, start + 1)
    return {
        "occurrences": total,
        "whole": whole / total if total else 0.0,
        "exact": exact / total if total else 0.0,
        "per_term": per_term,
    }


def read_gold(path: PathLike | None = None) -> list[list[str]]:
    """Hand-segmented sentences: one sentence a line, words separated by single spaces.

    ``path`` defaults to ``news_sample.txt`` in :func:`data_dir`.
    """
    path = Path(path) if path is not None else data_dir() / "news_sample.txt"
    return [line.split(" ") for line in read_list(path)]


def word_f1(cut: Callable[[str], list[str]], gold: list[list[str]]) -> dict[str, float]:
    """Word-level precision, recall and F1 (a word counts when both its ends match)."""

    def spans(words: list[str]) -> set[tuple[int, int]]:
        out, pos = set(), 0
        for w in words:
            if any(ch.isalnum() for ch in w):  # words only: punctuation and spaces not scored
                out.add((pos, pos + len(w)))
            pos += len(w)
        return out

    n_pred = n_gold = n_ok = 0
    for words in gold:
        sentence = "".join(words)
        predicted = cut(sentence)
        if "".join(predicted) != sentence:
            raise ValueError(f"segmenter changed the sentence: {sentence!r}")
        g, p = spans(words), spans(predicted)
        n_gold += len(g)
        n_pred += len(p)
        n_ok += len(g & p)
    precision, recall = n_ok / n_pred, n_ok / n_gold
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


def plain_jieba_cut() -> Callable[[str], list[str]]:
    """A fresh default-dictionary jieba tokenizer (jieba.dt is not touched)."""
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    tokenizer.initialized = True
    return tokenizer.lcut



def summary(seeds: PathLike | None = None, data: PathLike | None = None, *, verbose: bool = False) -> list[str]:
    """The measurement as printed lines: counts, then per segmenter (textlab's default ``Segmenter()``
    and plain jieba) the domain-term coverage and the news precision/recall/F1.

    ``verbose`` adds the 25 terms each segmenter splits most and the terms never seen.
    """
    from textlab.segmentation import Segmenter

    folder = data_dir(data)
    terms = read_list(folder / "domain_terms.txt")
    blocks = term_blocks(corpus_texts(seeds), terms)
    cutters = {"textlab": Segmenter().cut, "jieba": plain_jieba_cut()}
    gold = read_gold(folder / "news_sample.txt")
    lines = [f"{len(terms)} domain terms; {sum(map(len, gold))} gold words in {len(gold)} news sentences"]
    for name, cut in cutters.items():
        cov = coverage(cut, blocks, terms)
        f1 = word_f1(cut, gold)
        lines.append(
            f"{name:8s} occurrences {cov['occurrences']}  kept whole {cov['whole']:.1%}  exact token {cov['exact']:.1%}"
            f"  | news P {f1['precision']:.3f} R {f1['recall']:.3f} F1 {f1['f1']:.3f}"
        )
        if verbose:
            worst = sorted(cov["per_term"].items(), key=lambda kv: (kv[1][1] - kv[1][0], kv[0]))[:25]
            lines.append("   most split: " + ", ".join(f"{t} {w}/{n}" for t, (n, w) in worst if n > w))
            missing = [t for t, (n, _w) in cov["per_term"].items() if n == 0]
            lines.append("   never seen: " + ", ".join(missing))
    return lines
