"""Mine, curate and weight textlab's domain lexicon (``textlab/resources/lexicon.txt``).

Rebuild with::

    python scripts/mine_lexicon.py            # writes textlab/resources/lexicon.txt
    python scripts/mine_lexicon.py --dry-run  # prints statistics and the candidates only

Steps (all deterministic, no randomness, no network):

1. Read every ``.txt`` under ``seeds/gov_reports`` (national work reports, congress reports,
   provincial 2025 reports, NPC resolutions), convert traditional to simplified (OpenCC t2s)
   and apply NFKC; split into runs of Han characters (punctuation, digits and spaces break runs).
2. Count character n-grams of length 1..MAX_LEN+1 level-wise (an n-gram is counted only if its
   (n-1)-prefix and (n-1)-suffix are frequent, the apriori shortcut).
3. Score candidates of length 2..MAX_LEN that occur at least ``--min-count`` times:
   cohesion = the minimum over binary splits of PMI(left, right) = log p(w) / (p(l) p(r));
   left / right branching entropy = entropy of the characters seen immediately before / after
   each occurrence (a run boundary counts as a new distinct neighbour every time).
4. Keep candidates with cohesion >= ``--min-pmi`` and min(left, right entropy) >= ``--min-entropy``
   that plain jieba does not already keep whole, that do not start or end with a function
   character or a stopword/filler piece, and that are not on the junk list
   (``scripts/lexicon_junk.txt``).
5. Add the hand-curated terms (``scripts/lexicon_curated.txt``: party building, grassroots
   governance, programmes, plan names, places and institutions).
6. Choose a frequency for every entry so that it takes effect (textlab.segmentation.choose_frequencies,
   the rule also used for user-dictionary words given without a frequency): shortest first,
   with ``max(FLOOR, MARGIN * (frequency needed to beat the best split), corpus count scaled to
   jieba's dictionary)`` and then raised
   until each entry, segmented alone with the HMM on, comes out as one token.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "seeds" / "gov_reports"
OUT = ROOT / "textlab" / "resources" / "lexicon.txt"
CURATED = ROOT / "scripts" / "lexicon_curated.txt"
JUNK = ROOT / "scripts" / "lexicon_junk.txt"

MAX_LEN = 8
from textlab.segmentation import FLOOR, MARGIN  # noqa: E402  (frequency rule shared with user dicts)
# characters that rarely begin or end a term: particles, prepositions, conjunctions, pronouns
BAD_FIRST = set("的了着过和与及或是在对把被将向于为以从而并等也都就还又要能会可该其之所此这那我你他它们不没很更最已再使让给由按据经各每些个年月日")
BAD_LAST = set("的了着过和与及或是在对把被将向于为以从而并等也都就还又要能会可该其之所此这那我你他它们不没很更最已再使让给由按据经各每些地得到内中")
NUMERALS = set("零〇一二三四五六七八九十百千万亿两几半第")
# verb-object phrases and report boilerplate begin or end with these pieces
JUNK_PREFIXES = (
    "保持", "保证", "满足", "解决", "帮助", "适应", "符合", "丰富", "危害", "决不", "采取", "采用",
    "许多", "部分", "接受", "纳入", "列入", "入选", "获", "拟", "占", "面临", "面对", "分别", "平均",
    "增长", "增加", "连续", "运用", "创建", "争取", "提供", "抢抓", "办好", "充分发挥", "举办",
    "发展", "维护", "反对", "实行", "依靠", "改变", "克服", "倾听", "拥护", "放在", "打破", "引进",
    "控制", "调整", "利用", "适当", "适度", "合理", "成功", "率先", "大力发展", "积极参与", "坚持",
    "带领", "团结带领", "召开", "作出", "用于", "违反", "破坏", "参加", "干涉", "批判", "搞",
    "严重", "迅速", "大幅度", "大胆", "盲目", "造福", "关系", "影响", "有利于", "优先保证",
    "居", "倾", "段", "才能", "启动", "扣除", "大量", "制约",
)
JUNK_SUFFIXES = ("说", "指出", "提出", "亲自", "规定", "达", "占", "审议", "不少", "仍然", "依然", "尚未")

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def read_corpus(root: Path = CORPUS) -> list[str]:
    """Return the Han-character runs of every report under ``root`` (simplified, NFKC)."""
    import opencc

    t2s = opencc.OpenCC("t2s")
    runs: list[str] = []
    for path in sorted(root.rglob("*.txt")):
        text = unicodedata.normalize("NFKC", t2s.convert(path.read_text(encoding="utf-8")))
        runs.extend(HAN_RUN.findall(text))
    return runs


def count_ngrams(runs: list[str], max_len: int, min_count: int) -> dict[int, Counter]:
    """Level-wise n-gram counts; level n keeps only n-grams seen ``min_count`` times or more."""
    counts: dict[int, Counter] = {1: Counter(ch for run in runs for ch in run)}
    for n in range(2, max_len + 1):
        prev = counts[n - 1]
        level: Counter = Counter()
        for run in runs:
            for i in range(len(run) - n + 1):
                gram = run[i : i + n]
                if gram[:-1] in prev and gram[1:] in prev:
                    level[gram] += 1
        counts[n] = Counter({g: c for g, c in level.items() if c >= min_count})
    return counts


def cohesion(word: str, counts: dict[int, Counter], total: int) -> float:
    """Minimum PMI over the binary splits of ``word`` (natural log)."""
    p = counts[len(word)][word] / total
    best = math.inf
    for k in range(1, len(word)):
        left, right = word[:k], word[k:]
        pl = counts[len(left)][left] / total
        pr = counts[len(right)][right] / total
        best = min(best, math.log(p / (pl * pr)))
    return best


def branching_entropy(
    runs: list[str], candidates: set[str], max_len: int, jieba_cut
) -> dict[str, tuple[float, float, float]]:
    """Left and right branching entropy of each candidate, and the share of its occurrences
    whose both ends fall on a token boundary of plain jieba (a candidate that usually starts or
    ends inside a jieba word, like 民收入 in 居民收入, is a fragment, not a term)."""
    left: dict[str, Counter] = defaultdict(Counter)
    right: dict[str, Counter] = defaultdict(Counter)
    aligned: Counter = Counter()
    boundary = 0
    for run in runs:
        n_run = len(run)
        cuts = {0}
        pos = 0
        for token in jieba_cut(run):
            pos += len(token)
            cuts.add(pos)
        for i in range(n_run):
            for n in range(2, min(max_len, n_run - i) + 1):
                gram = run[i : i + n]
                if gram not in candidates:
                    continue
                if i in cuts and i + n in cuts:
                    aligned[gram] += 1
                if i > 0:
                    left[gram][run[i - 1]] += 1
                else:
                    boundary += 1
                    left[gram][f"<{boundary}>"] += 1
                if i + n < n_run:
                    right[gram][run[i + n]] += 1
                else:
                    boundary += 1
                    right[gram][f"<{boundary}>"] += 1

    def entropy(counter: Counter) -> float:
        total = sum(counter.values())
        return -sum(c / total * math.log(c / total) for c in counter.values())

    return {
        w: (entropy(left[w]), entropy(right[w]), aligned[w] / sum(left[w].values())) for w in candidates
    }


def read_word_list(path: Path) -> list[tuple[str, str | None]]:
    """Read ``word [tag]`` lines, skipping blank lines and ``#`` comments."""
    entries = []
    for lineno, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) > 2:
            raise ValueError(f"{path}:{lineno}: expected 'word [tag]', got {raw!r}")
        entries.append((parts[0], parts[1] if len(parts) == 2 else None))
    return entries


def load_stop_pieces() -> set[str]:
    """Stopwords and filler words from textlab's packaged lists (pieces a term must not end in)."""
    words: set[str] = set()
    for path in sorted((ROOT / "textlab" / "resources").glob("stopwords*.txt")):
        for word, _ in read_word_list(path):
            words.add(word)
    return words


def base_dictionary() -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's default prefix dictionary (FREQ, total) and its word -> POS tag table."""
    import jieba

    tokenizer = jieba.Tokenizer()
    freq, total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    tags = {}
    with tokenizer.get_dict_file() as fh:
        for line in fh:
            parts = line.decode("utf-8").split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return freq, total, tags


def mine_candidates(
    runs: list[str], jieba_cut, *, min_count: int, min_pmi: float, min_entropy: float, min_aligned: float
) -> list[dict]:
    """Score every n-gram of length 2..MAX_LEN and return those passing the thresholds."""
    counts = count_ngrams(runs, MAX_LEN, min_count)
    total = sum(counts[1].values())
    scored = {}
    for n in range(2, MAX_LEN + 1):
        for gram, c in counts[n].items():
            pmi = cohesion(gram, counts, total)
            if pmi >= min_pmi:
                scored[gram] = (c, pmi)
    ent = branching_entropy(runs, set(scored), MAX_LEN, jieba_cut)
    out = []
    for gram in sorted(scored):
        c, pmi = scored[gram]
        le, re_, al = ent[gram]
        if min(le, re_) >= min_entropy and al >= min_aligned:
            out.append({"word": gram, "count": c, "pmi": pmi, "left": le, "right": re_, "aligned": al})
    return out


def keep_candidate(word: str, jieba_cut, stop_pieces: set[str], junk: set[str]) -> bool:
    """Rules that turn statistical candidates into lexicon terms."""
    if word in junk or word[0] in BAD_FIRST or word[-1] in BAD_LAST:
        return False
    if all(ch in NUMERALS for ch in word) or (word[0] in NUMERALS and len(word) <= 3):
        return False
    if "百分之" in word or (word[0] in NUMERALS and any(ch in "万亿" for ch in word)):
        return False
    if word.startswith(JUNK_PREFIXES) or word.endswith(JUNK_SUFFIXES):
        return False
    pieces = jieba_cut(word)
    if len(pieces) == 1:  # plain jieba already keeps it whole: nothing to add
        return False
    if pieces[0] in stop_pieces or pieces[-1] in stop_pieces:
        return False
    if any(len(p) == 1 and p in BAD_FIRST | BAD_LAST for p in pieces):
        return False
    return True


def drop_compositions(mined: list[dict], curated: set[str], base_tags: dict[str, str]) -> list[dict]:
    """Drop mined entries that are two lexicon entries written together (矛盾纠纷排查化解 =
    矛盾纠纷 + 排查化解) or a verb and a lexicon entry (化解矛盾纠纷 = 化解 + 矛盾纠纷): modelling
    wants the parts. Curated entries are kept as curated."""
    lexicon = {c["word"] for c in mined} | curated
    kept = []
    for c in mined:
        word = c["word"]
        splits = [(word[:k], word[k:]) for k in range(1, len(word))]
        two_terms = any(a in lexicon and b in lexicon for a, b in splits)
        verb_object = any(base_tags.get(a) == "v" and b in lexicon for a, b in splits)
        if word in curated or not (two_terms or verb_object):
            kept.append(c)
    return kept


def corpus_prior(words: list[str], runs: list[str], base_total: int) -> dict[str, int]:
    """Each word's count in the corpus, scaled to jieba's dictionary (whose frequencies are
    counts in a corpus of ``base_total`` tokens; ours has about chars / 1.5 tokens)."""
    text = "\n".join(runs)
    scale = base_total / (len(text) / 1.5)
    return {w: int(text.count(w) * scale) for w in words}


def assign_frequencies(
    words: list[str], base: tuple[dict[str, int], int, dict[str, str]], prior: dict[str, int]
) -> dict[str, int]:
    """Choose a frequency for each word so that it comes out whole when segmented alone and is
    as frequent as the corpus says (textlab.segmentation.choose_frequencies: shortest first, then
    raised until whole). Where two entries overlap (社会主义精神文明 / 精神文明建设) the corpus
    frequency decides, as in jieba's own unigram model."""
    import jieba

    from textlab.segmentation.dictionary import choose_frequencies, is_cuttable as _is_cuttable

    freq, total = dict(base[0]), base[1]
    total, chosen = choose_frequencies(freq, total, [(w, None, None) for w in words], prior=prior)
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
    # words with characters outside jieba's word regex (二〇三五年) are matched by textlab itself
    failing = [w for w in words if _is_cuttable(w) and tokenizer.lcut(w) != [w]]
    if failing:
        raise RuntimeError(f"entries that jieba cannot return whole (fix or drop them): {failing[:20]}")
    return chosen


def pos_tag(word: str, curated_tag: str | None, base_tags: dict[str, str], jieba_cut) -> str:
    """Curated tag if given; else 'vn' when the head (last piece) is verbal, otherwise 'nz'."""
    if curated_tag:
        return curated_tag
    head = jieba_cut(word)[-1]
    return "vn" if base_tags.get(head, "").startswith("v") else "nz"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=6)
    parser.add_argument("--min-pmi", type=float, default=3.0)
    parser.add_argument("--min-entropy", type=float, default=1.0)
    parser.add_argument("--min-aligned", type=float, default=0.5)
    parser.add_argument("--dry-run", action="store_true", help="print candidates, write nothing")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)

    import jieba

    jieba.setLogLevel(60)
    base = base_dictionary()
    plain = jieba.Tokenizer()
    plain.FREQ, plain.total, plain.initialized = dict(base[0]), base[1], True

    def jieba_cut(word: str) -> list[str]:
        return plain.lcut(word, HMM=False)

    runs = read_corpus()
    n_chars = sum(map(len, runs))
    candidates = mine_candidates(
        runs,
        plain.lcut,
        min_count=args.min_count,
        min_pmi=args.min_pmi,
        min_entropy=args.min_entropy,
        min_aligned=args.min_aligned,
    )
    stop_pieces = load_stop_pieces()
    junk = {w for w, _ in read_word_list(JUNK)}
    mined = [c for c in candidates if keep_candidate(c["word"], jieba_cut, stop_pieces, junk)]
    curated = read_word_list(CURATED)
    curated_tags = {w: t for w, t in curated}
    if args.dry_run:
        for c in sorted(mined, key=lambda c: -c["count"]):
            print(f"{c['word']}\t{c['count']}\t{c['pmi']:.2f}\t{c['left']:.2f}\t{c['right']:.2f}\t{c['aligned']:.2f}")
    mined = drop_compositions(mined, set(curated_tags), base[2])
    words = sorted({c["word"] for c in mined} | set(curated_tags))
    print(
        f"{n_chars} Han characters; {len(candidates)} statistical candidates; {len(mined)} kept after rules; "
        f"{len(curated_tags)} curated; {len(words)} entries",
        file=sys.stderr,
    )
    if args.dry_run:
        return 0
    freqs = assign_frequencies(words, base, corpus_prior(words, runs, base[1]))
    header = [
        "# textlab domain lexicon: party building, grassroots governance, government work reports.",
        "# Built by scripts/mine_lexicon.py from seeds/gov_reports (national and provincial work reports,",
        "# CPC congress reports, NPC resolutions; t2s + NFKC): character n-grams of length 2-"
        f"{MAX_LEN} with count >= {args.min_count},",
        f"# cohesion (min PMI over splits) >= {args.min_pmi}, left/right branching entropy >= {args.min_entropy},",
        f"# both ends on a plain-jieba token boundary in >= {args.min_aligned:.0%} of occurrences,",
        "# minus terms plain jieba already keeps whole, minus function-word edges and the junk list",
        "# (scripts/lexicon_junk.txt), plus hand-curated terms (scripts/lexicon_curated.txt).",
        f"# Frequencies: max({FLOOR}, {MARGIN} x the frequency that beats jieba's best split, jieba's own,",
        "# corpus count scaled to jieba's dictionary size), raised until",
        "# every entry segmented alone comes out whole. Format: word frequency tag (jieba user dict).",
        f"# {len(words)} entries: {len({c['word'] for c in mined})} mined, {len(curated_tags)} curated"
        f" ({len({c['word'] for c in mined} & set(curated_tags))} both).",
    ]
    lines = [f"{w} {freqs[w]} {pos_tag(w, curated_tags.get(w), base[2], jieba_cut)}" for w in words]
    args.out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(lines)} entries)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
