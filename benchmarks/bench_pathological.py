"""Large and pathological input through clean, structure, sentences, Segmenter.cut and the classifier's predict.

Each input is built at two sizes (default 0.5 and 5 million characters) and timed per
function; the table shows CPU seconds per million characters at the large size, the ratio to
the same function on the seed documents (the baseline, measured in the same run), the
growth exponent between the two sizes (1.0 = linear, 2.0 = quadratic) and ``per-char``, the
time per character at the large size over the time per character at the small size (about 1
when linear, the size ratio, 10 by default, when quadratic; shown when the small run takes
more than 0.02 s). A row is flagged
``SLOW`` above ``--slow`` CPU seconds per million characters and ``SUPERLINEAR`` when the
exponent is above 1.3 (a sign of a quadratic regular expression or loop). When the small size
predicts more than ``--budget`` seconds for the large one, the large run is skipped and the
prediction shown instead.

Inputs:
    seed            the five party-building seeds, repeated (baseline)
    one_line        seed text without punctuation or line breaks: one 5M-character line
    mask_runs       ``*×*×…``: one long mask run
    masks_in_text   ``**市××区Ⅹ个XX小学`` repeated: masks touching Chinese
    pinyin_parens   ``網(wǎng)`` repeated: pinyin annotations behind characters
    open_parens     ``(网格`` repeated: parentheses that never close
    heading_lines   ``一、 / （一） / 1. / （1） / 一是`` lines, repeated: deep heading numbering
    heading_numbers ``一、二、三、…十、`` and ``1.1.1.`` on one line: repeated heading numbers
    punct_runs      ``。"”……..1.`` repeated: quotes, closers, ellipses and dots for the sentence splitter
    digit_runs      ``000…``: one digit run (a regex tried from every start of it is quadratic)
    fw_digit_runs   ``０００…``: one run of full-width digits
    cn_numerals     ``十十…一一…``: runs of Chinese numerals (joined into one number by cut)
    fw_dot_runs     ``．．．…``: full-width dots (decimal points or an ellipsis?)
    stop_runs       ``。。。…``: one run of the same punctuation
    comma_runs      ``，，，…``: one run of commas (no sentence end at all)
    char_runs       ``网网网…``: one repeated character
    one_line_speech the five cleaned seeds with their line breaks removed, repeated: one line with
                    inline headings (一、/（一）/一是), greetings and titles, cut by structure

Every input except ``seed`` starts with a title and a greeting line (``同志们：``), so that
``structure`` treats what follows as the body of a speech.

Run:
    python benchmarks/bench_pathological.py                 # 0.5M and 5M characters
    python benchmarks/bench_pathological.py --size 1000000 --only seed,one_line
    python benchmarks/bench_pathological.py --small 5000 --size 20000 --functions predict   # cue patterns on runs

``predict`` classifies the whole input as one text (every cue pattern of the classifier scans it); with
cues_discourse.txt version 2 it was quadratic on ``digit_runs`` (24 s on 20,000 digits).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _repeat(piece: str, n: int) -> str:
    return (piece * (n // len(piece) + 1))[:n]


def _seed_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds" / "party_building").glob("*.txt")))


def _one_line_seeds() -> str:
    """The five seeds, cleaned, each with its lines joined without a line break."""
    from textlab.cleaning import clean

    return "".join("".join(clean(p.read_text(encoding="utf-8")).splitlines())
                   for p in sorted((ROOT / "seeds" / "party_building").glob("*.txt")))


HEAD = "在全市基层党建工作推进会上的讲话\n同志们：\n"


def make_inputs() -> dict[str, Callable[[int], str]]:
    seed = _seed_text()
    no_breaks = re.sub(r"[\s。，、；：！？“”‘’（）()《》,.;:!?\"'*…—]", "", seed)
    one_line_speech = _one_line_seeds()
    inputs = {
        "seed": lambda n: _repeat(seed, n),
        "one_line": lambda n: _repeat(no_breaks, n),
        "mask_runs": lambda n: _repeat("*×", n),
        "masks_in_text": lambda n: _repeat("**市××区Ⅹ个XX小学", n),
        "pinyin_parens": lambda n: _repeat("網(wǎng)", n),
        "open_parens": lambda n: _repeat("(网格", n),
        "heading_lines": lambda n: _repeat("一、\n（一）\n1.\n（1）\n一是\n", n),
        "heading_numbers": lambda n: _repeat("一、二、三、四、五、六、七、八、九、十、1.1.1.（一）", n),
        "punct_runs": lambda n: _repeat('。"”……..1.', n),
        "digit_runs": lambda n: _repeat("0", n),
        "fw_digit_runs": lambda n: _repeat("０", n),
        "cn_numerals": lambda n: _repeat("十", n // 2) + _repeat("一", n - n // 2),
        "fw_dot_runs": lambda n: _repeat("．", n),
        "stop_runs": lambda n: _repeat("。", n),
        "comma_runs": lambda n: _repeat("，", n),
        "char_runs": lambda n: _repeat("网", n),
        "one_line_speech": lambda n: _repeat(one_line_speech, n),
    }
    return {
        name: (make if name == "seed" else (lambda n, make=make: HEAD + make(n - len(HEAD))))
        for name, make in inputs.items()
    }


def make_functions() -> dict[str, Callable[[str], object]]:
    import textlab as tl
    from textlab.segmentation import Segmenter

    seg = Segmenter()
    seg.cut("预热词典")  # build the prefix dictionary outside the timings
    tl.clean("預熱")  # load OpenCC and the resources
    from textlab.classify import load_classifier

    model = load_classifier()
    model.predict(["预热"])  # load the model and build its n-gram tables outside the timings
    return {"clean": tl.clean, "structure": tl.structure, "sentences": tl.sentences, "cut": seg.cut,
            "predict": lambda text: model.predict([text])}


def timed(func: Callable[[str], object], text: str) -> tuple[float, float, object]:
    """(CPU seconds, wall seconds, result)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = func(text)
    return time.process_time() - cpu, time.perf_counter() - wall, result


def check(name: str, text: str, result: object) -> str:
    """A cheap sanity check of the result (so that a fast wrong answer does not pass)."""
    if name == "cut":
        return "" if "".join(result) == text else "NOT LOSSLESS"
    if name == "clean":
        return "" if isinstance(result, str) else "NOT STR"
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5_000_000, help="large size in characters")
    parser.add_argument("--small", type=int, default=500_000, help="small size in characters")
    parser.add_argument("--only", default="", help="comma-separated input names")
    parser.add_argument("--functions", default="", help="comma-separated function names")
    parser.add_argument("--budget", type=float, default=300.0, help="skip a large run predicted slower (s)")
    parser.add_argument("--slow", type=float, default=3.0, help="flag above this many CPU s per million chars")
    args = parser.parse_args(argv)

    inputs = make_inputs()
    functions = make_functions()
    if args.only:
        inputs = {k: v for k, v in inputs.items() if k in args.only.split(",") or k == "seed"}
    if args.functions:
        functions = {k: v for k, v in functions.items() if k in args.functions.split(",")}

    import textlab

    print(f"textlab {textlab.__version__}, Python {sys.version.split()[0]}; sizes {args.small:,} and {args.size:,} chars")
    header = (f"{'input':<16}{'function':<11}{'cpu s':>9}{'wall s':>9}{'cpu s/M':>9}{'x seed':>8}{'growth':>8}"
              f"{'per-char':>9}  note")
    print(header)
    print("-" * len(header))
    baseline: dict[str, float] = {}
    flagged = []
    for input_name, make in inputs.items():
        small_text, large_text = make(args.small), make(args.size)
        for func_name, func in functions.items():
            cpu_small, _wall, result = timed(func, small_text)
            note = check(func_name, small_text, result)
            growth = per_char = float("nan")
            predicted = cpu_small * args.size / args.small
            if predicted * 1.0 > args.budget:
                cpu, wall, skipped = predicted, float("nan"), True
                note = (note + f" large run skipped: predicted >= {predicted:.0f} s").strip()
            else:
                cpu, wall, result = timed(func, large_text)
                note = (note + " " + check(func_name, large_text, result)).strip()
                skipped = False
                if cpu_small > 0.02:
                    growth = math.log(cpu / cpu_small) / math.log(args.size / args.small)
                    per_char = (cpu / args.size) / (cpu_small / args.small)
            per_million = cpu / (args.size / 1e6)
            if input_name == "seed":
                baseline[func_name] = per_million
            ratio = per_million / baseline[func_name] if baseline.get(func_name) else float("nan")
            flags = []
            if per_million > args.slow:
                flags.append("SLOW")
            if growth > 1.3:
                flags.append("SUPERLINEAR")
            if flags or skipped:
                flagged.append((input_name, func_name, per_million, growth))
            print(f"{input_name:<16}{func_name:<11}{cpu:>9.2f}{wall:>9.2f}{per_million:>9.2f}{ratio:>8.1f}"
                  f"{growth:>8.2f}{per_char:>9.2f}  {' '.join(flags)} {note}".rstrip(), flush=True)
    print()
    if flagged:
        print(f"flagged (> {args.slow} CPU s per million characters, growth > 1.3, or skipped):")
        for input_name, func_name, per_million, growth in flagged:
            print(f"  {func_name}({input_name}): {per_million:.2f} s/M, growth {growth:.2f}")
    else:
        print("nothing flagged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
