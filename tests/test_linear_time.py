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
    # lines before the body that run on in leader marks without a page number (the judge looks up each contents
    # entry again in the body: the leader was stripped with re.sub, quadratic: 83 s at 2 x 80,000 dots)
    # lines of digits around a body: the judge's count feature searched them from every digit (18 s at 10,000)
    "digit_lines_around_body": ('"关于工作的报告\\n目录\\n" + "0" * 300_000 + "\\n" + seed + "\\n" + "０" * 300_000 + "\\n"', "clean"),
    "contents_leaders": ('"关于工作的报告\\n目录\\n一、总体" + "．" * 300_000 + "1\\n二、任务" + "—" * 300_000 + "x\\n"'
                         ' + seed', "clean"),
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


# --- cue patterns of the classifier (issue 15): no match may start inside a long run -------------------------------
#
# A cue pattern that can begin with an unbounded repeat of a character class (``\d+``, ``[一二…]+``) is tried by
# ``re`` from every character of a long run of that class, each try running to the end of the run: quadratic
# (cues_discourse.txt version 2: ``predict(["0" * 20000])`` took 24-26 s). The structural check below is not timed:
# every such leading repeat must be preceded by a negative lookbehind on its own class, so that a match can start
# only at the first character of a run. The subprocess cases after it run the classifier on long runs with the
# timeout of the cases above.

CUE_FILES = {"cues.txt": 1, "cues_discourse.txt": 1, "frames.txt": 2}  # column of the pattern (tab-separated)


def _cue_patterns():
    for name, column in CUE_FILES.items():
        path = ROOT / "textlab" / "resources" / name
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                yield f"{name}:{number}", line.split("\t")[column]


def _unguarded_leading_repeats(items, c, guarded=False) -> list[str]:
    """The unbounded repeats of one character (class) a match of ``items`` can start with, not preceded by a lookbehind."""
    found = []
    for index, (op, av) in enumerate(items):
        if op is c.AT:  # ^ anchors: no match starts inside a run
            return found
        if op is c.ASSERT_NOT and av[0] == -1:  # (?<!…): what follows is guarded
            guarded = True
            continue
        if op is c.SUBPATTERN:
            found += _unguarded_leading_repeats(av[-1], c, guarded)
            return found
        if op is c.BRANCH:
            for alternative in av[1]:
                found += _unguarded_leading_repeats(alternative, c, guarded)
            return found
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, body = av
            single = len(body) == 1 and body[0][0] in (c.IN, c.LITERAL, c.ANY, c.NOT_LITERAL)
            if single and high == c.MAXREPEAT and not guarded:
                found.append(str(body))
            elif not single:
                found += _unguarded_leading_repeats(body, c, guarded)
            if low == 0:  # optional: the match may also start with what follows
                guarded = False
                continue
            return found
        return found
    return found


def test_no_cue_pattern_starts_with_an_unguarded_unbounded_run():
    try:
        from re import _constants as c, _parser as parser
    except ImportError:  # Python < 3.11
        import sre_constants as c
        import sre_parse as parser
    bad = {where: runs for where, pattern in _cue_patterns()
           if (runs := _unguarded_leading_repeats(list(parser.parse(pattern)), c))}
    assert not bad, f"cue patterns whose match can start inside a run (quadratic on long runs): {bad}"


CLASSIFIER_SCRIPT = """
import sys
from textlab.classify import load_classifier
model = load_classifier()
text = eval(sys.argv[1])
model.predict([text])
print("done", len(text))
"""

CLASSIFIER_CASES = {
    "ascii_digits": '"0" * 300_000',
    "full_width_digits": '"０" * 300_000',
    "chinese_numerals": '"一" * 300_000',
    "digits_and_months": '"1" * 150_000 + "月" + "十" * 150_000 + "月"',
}


@pytest.mark.parametrize("case", sorted(CLASSIFIER_CASES))
def test_classifier_predict_runs_in_linear_time(case):
    """``predict`` on one 300,000-character run: seconds when linear; version 2 of cues_discourse.txt took 24 s on
    20,000 digits and grows with the square of the length (about 40 minutes here)."""
    expression = CLASSIFIER_CASES[case]
    try:
        done = subprocess.run([sys.executable, "-c", CLASSIFIER_SCRIPT, expression], cwd=ROOT,
                              capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case}: predict did not finish within {TIMEOUT} s on {expression} (quadratic?)")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("done")
