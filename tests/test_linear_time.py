"""clean, structure, sentences and Segmenter.cut stay linear on pathological input (issue 12, point 6).

Not a timing assertion. Each case runs on 0.3-1.2 million characters in a subprocess with a generous
timeout (120 s). A linear pass takes a second or a few; a quadratic one (a regular expression
tried from every start of a digit run, a string rebuilt per piece) takes half an hour or more at this size: in
v0.1.0, ``Segmenter.cut`` took 12 s on 80,000 full-width digits and grows with the square of the
length, so a million of them would take about half an hour, and clean or structure on a
quadratic pattern at this size would take longer still. The subprocess is killed at the timeout
and the test fails; a slow machine only makes a linear case slower by a constant factor, far
from the limit.

The benchmark with ratios (time per character at a large and a small size) is
``benchmarks/bench_pathological.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 120  # seconds; linear cases take 1-8 s here (with the interpreter start)

# name: (python expression building the text, functions to run on it)
CASES = {
    "ascii_digits": ('"0" * 1_000_000', "clean structure sentences cut"),
    "full_width_digits": ('"０" * 1_000_000', "clean structure sentences cut"),
    "chinese_numerals": ('"十" * 500_000 + "一" * 500_000', "clean structure cut"),
    "full_width_heading_numbers": ('"１．" * 500_000', "clean sentences cut"),
    "full_width_dots": ('"．" * 1_000_000', "clean structure sentences cut"),
    "decimal_points": ('"1." * 500_000', "clean sentences cut"),
    "full_stops": ('"。" * 1_000_000', "clean structure sentences cut"),
    "commas": ('"，" * 1_000_000', "clean structure sentences"),
    "ellipses_and_quotes": ("'。\"”……..1.' * 100_000", "clean structure sentences"),
    "masks": ('"×" * 300_000 + "网" + "＊" * 300_000 + "*×" * 200_000', "clean cut"),
    "pinyin": ('"網(wǎng)" * 150_000', "clean structure cut"),
    "repeated_character": ('"网" * 1_000_000', "clean structure sentences cut"),
    "one_line_speech": ("ONE_LINE * (1_000_000 // len(ONE_LINE) + 1)", "structure sentences"),
    "inline_headings_after_colons": ('"：一、" * 100_000', "structure sentences"),
    "inline_headings_after_stops": ('"。一、" * 50_000 + "。一是" * 50_000', "structure"),
    # many lines: chrome judged by neighbours (issue 14), hard-wrap rejoin, label-value pairs
    "nav_lines": ('"首页\\n>\\n政务公开\\n大\\n" * 100_000', "clean"),
    "label_lines": ('"时间：\\n2024-03-18\\n来源：\\n" * 100_000', "clean"),
    "wrapped_lines": ('("一二三四五六七八九十，" * 3 + "\\n") * 40_000', "clean"),
    "page_numbers": ('("一二三四五六七八九十，" * 3 + "\\n1\\n") * 40_000', "clean"),
    "markup_lines": ("'<p class=\"ql-block\">正文。</p>\\n&nbsp;\\n' * 100_000", "clean"),
}

SCRIPT = """
import sys
from pathlib import Path
import textlab
from textlab.segmentation import Segmenter

seed = (Path(sys.argv[1]) / "seeds" / "party_building" / "001_efe964ced9bb2b3e.txt").read_text(encoding="utf-8")
ONE_LINE = "".join(textlab.clean(seed).splitlines())
text = eval(sys.argv[2])
functions = {"clean": textlab.clean, "structure": textlab.structure, "sentences": textlab.sentences,
             "cut": Segmenter().cut}
for name in sys.argv[3].split():
    result = functions[name](text)
    if name == "cut":
        assert "".join(result) == text, "cut lost characters"
print("done", len(text))
"""


@pytest.mark.parametrize("case", sorted(CASES))
def test_pathological_input_runs_in_linear_time(case):
    expression, functions = CASES[case]
    try:
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(ROOT), expression, functions], cwd=ROOT,
                              capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case}: {functions} did not finish within {TIMEOUT} s on {expression} (quadratic?)")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("done")
