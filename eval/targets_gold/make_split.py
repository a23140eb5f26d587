"""Write split.tsv: report years 1978-2025 present in the corpus, about 40% in test.

Rule: sort the years, shuffle with random.Random(17) (17 = the issue number),
the first round(0.4 * n) shuffled years are test, the rest dev.  Fixed before
any extractor was run or tuned.
"""
import os, random

HERE = os.path.dirname(os.path.abspath(__file__))
YEARS = [y for y in list(range(1978, 1989)) + list(range(1992, 1996)) + list(range(1997, 2020)) + list(range(2021, 2026))]
ys = sorted(YEARS)
rng = random.Random(17)
sh = ys[:]
rng.shuffle(sh)
test = set(sh[:round(0.4 * len(ys))])
with open(os.path.join(HERE, "split.tsv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("report_year\tpart\n")
    for y in ys:
        fh.write(f"{y}\t{'test' if y in test else 'dev'}\n")
print(len(ys), "years,", len(test), "test:", sorted(test))
