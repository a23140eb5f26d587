"""Stdlib checker for the targets gold table.

Checks that every sentence is an exact substring of its report file, that the
fields are well formed, that each figure can be found in its sentence, that the
pairs point at existing gold rows, that the split covers every report year,
and that the SHA-256 values in README.md match the files.  Prints counts per
indicator and part.  Exit status 1 on any error.

    python eval/targets_gold/check.py
"""
import csv, hashlib, os, re, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = os.path.normpath(os.path.join(HERE, "..", "..", "seeds", "gov_reports", "national_gwr_wikisource"))
COLS = ["report_year", "indicator", "value", "value_high", "unit", "qualifier", "year", "kind", "sentence"]
PCOLS = ["indicator", "year", "target", "target_high", "qualifier", "unit", "outcome", "outcome_unit",
         "status", "target_sentence", "outcome_sentence", "note", "target_report_year", "outcome_report_year"]
QUALS = {"左右", "以上", "以内", "以下", "不低于", "不超过", "力争", "同步", "基本同步", "控制在",
         # outcome-side and extra wordings recorded as written (see README)
         "低于", "超过", "突破", "多", "接近"}
UNITS = {"%", "万人", "万", "亿斤", "万亿斤", "万吨", "亿吨", "亿公斤", "亿元", "万亿元", "亿美元", "万亿美元", "元"}
STATUS = {"met", "missed", "not reported"}
NUM = re.compile(r"^\d+(\.\d+)?$")
errors = []


def err(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], [dict(zip(rows[0], r)) for r in rows[1:]], rows[1:]


_texts = {}


def text(year):
    if year not in _texts:
        fn = [f for f in os.listdir(REPORTS) if f.startswith(f"{year}_") and f.endswith(".txt")]
        _texts[year] = open(os.path.join(REPORTS, fn[0]), encoding="utf-8").read() if fn else None
    return _texts[year]


# --- numbers in a sentence: Arabic (half/full width, spaced digits) and Chinese numerals ---
CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CNU = {"十": 10, "百": 100, "千": 1000}


def cn_int(s):
    total, sec, num = 0, 0, 0
    for ch in s:
        if ch in CN:
            num = CN[ch]
        elif ch in CNU:
            sec += (num or 1) * CNU[ch]
            num = 0
        elif ch == "万":
            total += (sec + num) * 10 ** 4
            sec = num = 0
        elif ch == "亿":
            total = (total + sec + num) * 10 ** 8
            sec = num = 0
    return total + sec + num


def numbers(sentence):
    s = sentence.translate(str.maketrans("０１２３４５６７８９．·", "0123456789.."))
    s = re.sub(r"(?<=[\d.]) (?=[\d.])", "", s)          # '8 ．8' -> '8.8'
    s = re.sub(r"(?<=\d)，(?=\d{3})", "", s)              # '34，250' -> '34250'
    out = {float(x) for x in re.findall(r"\d+(?:\.\d+)?", s)}
    for m in re.finditer(r"[零〇一二两三四五六七八九十百千万亿多]+(?:点[零一二三四五六七八九]+)?", s):
        tok = m.group(0)
        whole, _, frac = tok.partition("点")
        v = cn_int(whole)
        for scale in (1, 10 ** 4, 10 ** 8):
            if v % scale == 0:
                out.add(v / scale)
        if frac:
            out.add(float(f"{cn_int(whole)}.{''.join(str(CN[c]) for c in frac)}"))
        # '四亿零七百多万' style: also the value in 万
        if "亿" in whole:
            out.add(cn_int(whole) / 10 ** 4)
    return out


def value_in(v, sentence):
    f = float(v)
    nums = numbers(sentence)
    return any(abs(f - n) < 1e-9 or abs(f * 10 ** 4 - n) < 1e-6 or abs(f - n / 10 ** 4) < 1e-9 for n in nums)


def check_rows(name, kinds):
    header, rows, raw = read(name)
    if header != COLS:
        err(f"{name}: header {header}")
    for i, (r, rr) in enumerate(zip(rows, raw), 2):
        where = f"{name}:{i}"
        if len(rr) != len(COLS):
            err(f"{where}: {len(rr)} fields"); continue
        if not re.fullmatch(r"(19|20)\d\d", r["report_year"]) or not re.fullmatch(r"(19|20)\d\d", r["year"]):
            err(f"{where}: bad year"); continue
        if r["kind"] not in kinds:
            err(f"{where}: kind {r['kind']}")
        quals = [q for q in r["qualifier"].split("+") if q] if r["qualifier"] else []
        if any(q not in QUALS for q in quals):
            err(f"{where}: qualifier {r['qualifier']}")
        if r["value"] == "":
            if not set(quals) & {"同步", "基本同步"}:
                err(f"{where}: empty value without 同步")
        else:
            if not NUM.match(r["value"]):
                err(f"{where}: value {r['value']}")
            if r["unit"] not in UNITS:
                err(f"{where}: unit {r['unit']}")
        if r["value_high"]:
            if not NUM.match(r["value_high"]) or float(r["value_high"]) <= float(r["value"]):
                err(f"{where}: value_high {r['value_high']}")
        t = text(int(r["report_year"]))
        if t is None:
            err(f"{where}: no report file for {r['report_year']}")
        elif not r["sentence"] or r["sentence"] not in t:
            err(f"{where}: sentence not found in report {r['report_year']}")
        if r["value"] and not value_in(r["value"], r["sentence"]):
            err(f"{where}: value {r['value']} not found in sentence")
        if r["value_high"] and not value_in(r["value_high"], r["sentence"]):
            err(f"{where}: value_high {r['value_high']} not found in sentence")
        if "\t" in r["sentence"] or "\n" in r["sentence"]:
            err(f"{where}: tab/newline in sentence")
    keys = Counter((r["report_year"], r["indicator"], r["unit"], r["year"], r["kind"]) for r in rows)
    for k, n in keys.items():
        if n > 1 and name != "restatements.tsv":  # restatements may repeat a figure
            err(f"{name}: duplicate key {k}")
    return rows


def main():
    targets = check_rows("targets.tsv", {"target"})
    outcomes = check_rows("outcomes.tsv", {"outcome", "estimate"})
    restate = check_rows("restatements.tsv", {"target", "outcome", "estimate"}) if os.path.exists(os.path.join(HERE, "restatements.tsv")) else []

    header, pairs, _ = read("pairs.tsv")
    if header != PCOLS:
        err(f"pairs.tsv: header {header}")
    tkeys = {(r["indicator"], r["year"], r["sentence"]) for r in targets}
    okeys = {(r["year"], r["sentence"], r["value"]) for r in outcomes}
    for i, p in enumerate(pairs, 2):
        where = f"pairs.tsv:{i}"
        if p["status"] not in STATUS:
            err(f"{where}: status {p['status']}")
        if (p["indicator"], p["year"], p["target_sentence"]) not in tkeys:
            err(f"{where}: target not in targets.tsv")
        if p["target_sentence"] not in (text(int(p["target_report_year"])) or ""):
            err(f"{where}: target sentence not in report {p['target_report_year']}")
        if p["outcome_sentence"]:
            if p["outcome_sentence"] not in (text(int(p["outcome_report_year"])) or ""):
                err(f"{where}: outcome sentence not in report {p['outcome_report_year']}")
            if (p["year"], p["outcome_sentence"], p["outcome"]) not in okeys:
                err(f"{where}: outcome not in outcomes.tsv")
        if p["status"] in ("met", "missed") and not p["outcome"]:
            err(f"{where}: {p['status']} without outcome")
        if p["status"] == "not reported" and p["outcome"] and "lower bound" not in p["note"]:
            err(f"{where}: not reported but outcome given")
        if int(p["outcome_report_year"]) != int(p["year"]) + 1:
            err(f"{where}: outcome report is not the next year's")

    _, split, _ = read("split.tsv")
    part = {r["report_year"]: r["part"] for r in split}
    if set(part.values()) - {"dev", "test"}:
        err("split.tsv: bad part")
    for r in targets + outcomes + restate:
        if r["report_year"] not in part:
            err(f"split.tsv: report_year {r['report_year']} missing")

    # hashes in README
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read() if os.path.exists(os.path.join(HERE, "README.md")) else ""
    for name in ("targets.tsv", "outcomes.tsv", "pairs.tsv", "split.tsv"):
        h = hashlib.sha256(open(os.path.join(HERE, name), "rb").read()).hexdigest()
        print(f"sha256 {name} {h}")
        if h not in readme:
            err(f"README.md: sha256 of {name} missing or stale")

    # counts
    def table(title, rows, key):
        c = defaultdict(Counter)
        for r in rows:
            c[r["indicator"]][part.get(key(r), "?")] += 1
        print(f"\n{title}: {len(rows)} rows")
        print(f"  {'indicator':<26}{'dev':>5}{'test':>6}{'all':>6}")
        for ind in sorted(c, key=lambda k: -sum(c[k].values())):
            print(f"  {ind:<26}{c[ind]['dev']:>5}{c[ind]['test']:>6}{sum(c[ind].values()):>6}")
        tot = Counter()
        for v in c.values():
            tot.update(v)
        print(f"  {'total':<26}{tot['dev']:>5}{tot['test']:>6}{sum(tot.values()):>6}")

    table("targets.tsv", targets, lambda r: r["report_year"])
    table("outcomes.tsv", outcomes, lambda r: r["report_year"])
    table("pairs.tsv (part of the target's report year)", pairs, lambda r: r["target_report_year"])
    st = defaultdict(Counter)
    for p in pairs:
        st[p["indicator"]][p["status"]] += 1
    print("\npairs by status:")
    for ind in sorted(st):
        print(f"  {ind:<26}" + "  ".join(f"{k} {st[ind][k]}" for k in ("met", "missed", "not reported")))
    print(f"\nrestatements.tsv: {len(restate)} rows")
    if errors:
        print(f"\n{len(errors)} ERRORS")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
