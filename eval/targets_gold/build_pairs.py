"""Build pairs.tsv from targets.tsv and outcomes.tsv by the rules in README.md.

Stdlib only.  Run from anywhere: python build_pairs.py
The status rules are written out here so that they can be read and re-run;
the pairs were then read one by one against the two sentences.
"""
import csv, os

HERE = os.path.dirname(os.path.abspath(__file__))
AVAILABLE = {int(y) for y in (
    "1954 1955 1956 1957 1958 1959 1960 1964 1975 1978 1979 1980 1981 1982 1983 1984 1985 "
    "1986 1987 1988 1992 1993 1994 1995 1997 1998 1999 2000 2001 2002 2003 2004 2005 2006 "
    "2007 2008 2009 2010 2011 2012 2013 2014 2015 2016 2017 2018 2019 2021 2022 2023 2024 2025"
).split()}

# ceiling-type indicators: lower is better; 左右 / plain / 控制在 / 以内 all read as a ceiling
CEILING = {"居民消费价格", "商品零售价格", "城镇调查失业率", "城镇登记失业率", "赤字率"}
# intermediate monetary targets: met if within +-1 percentage point (judgement)
BAND = {"广义货币M2", "社会融资规模"}
BAND_PP = 1.0
# growth / quantity indicators with a point target 左右: met if outcome >= target - tolerance
TOL_PP = 0.5          # for % targets
TOL_REL = 0.05        # for level targets (万人, 万亿斤 ...)
# outcome qualifiers that make the stated figure a lower bound
LOWER_BOUND = {"超过", "突破", "以上", "多"}
# unit conversions to a common base (grain to 万吨, money to 亿元, people to 万)
CONV = {
    "万吨": ("grain", 1.0), "亿吨": ("grain", 1e4), "亿公斤": ("grain", 10.0),
    "亿斤": ("grain", 5.0), "万亿斤": ("grain", 5e4),
    "亿元": ("yuan", 1.0), "万亿元": ("yuan", 1e4),
    "万": ("people", 1.0), "万人": ("people", 1.0),
    "%": ("pct", 1.0), "亿美元": ("usd", 1.0), "万亿美元": ("usd", 1e4), "元": ("yuan1", 1.0),
}


# notes added after reading each pair against both reports (indicator, year) -> note
NOTES = {
    ("工农业总产值", 1981): "the 1980 report planned 5.5%; the plan was revised in Feb 1981 and the 1982 report compares 4.6% with a revised plan of 3.7% (see restatements.tsv), against which it was met",
    ("国内生产总值", 1999): "2000 report says only 国内生产总值增长率达到预期目标 (no figure)",
    ("国内生产总值", 2007): "2008 report gives the 2007 level (24.66万亿元) only, no growth rate",
    ("国内生产总值", 1998): "1999 report itself says 略低于8％的预定目标",
    ("单位国内生产总值能耗", 2006): "2007 report itself says the target was not met",
    ("广义货币M2", 2016): "2017 report itself says 低于13%左右的预期目标",
    ("居民消费价格", 2010): "左右 read as a strict ceiling (judgement): 3.3 > 3",
    ("城镇调查失业率", 2022): "outcome is the year-end rate (年末), not the annual average",
    ("城镇调查失业率", 2018): "outcome stated as 调查失业率稳定在5%左右",
    ("居民人均可支配收入", 2017): "outcome sentence says 居民收入增长7.3%, read as per-capita disposable income (real)",
    ("居民人均可支配收入", 2023): "outcome sentence says 增长6.1% without 实际",
    ("农村贫困人口减少", 1999): "poverty line of the time (pre-2011 line)",
    ("固定资产投资", 1998): "target worded 预定增长10％或者更多一些",
}


def read(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def base(v, unit):
    kind, f = CONV.get(unit, (unit, 1.0))
    return kind, float(v) * f


def judge(t, o):
    """status, note for target row t and outcome row o (same indicator, same year)."""
    ind, q = t["indicator"], set(filter(None, t["qualifier"].split("+")))
    tk, tv = base(t["value"], t["unit"])
    ok, ov = base(o["value"], o["unit"])
    th = base(t["value_high"], t["unit"])[1] if t["value_high"] else None
    note = []
    if tk != ok:
        return "not reported", f"not comparable: target in {t['unit']}, outcome only in {o['unit']}"
    if t["unit"] != o["unit"]:
        note.append(f"units converted ({t['unit']} vs {o['unit']})")
    lb = o["qualifier"] in LOWER_BOUND
    if lb:
        note.append(f"outcome is a lower bound ({o['qualifier']})")
    if ind in CEILING:
        limit = th if th is not None else tv
        if lb:
            return ("missed", "; ".join(note)) if ov > limit else ("not reported", "; ".join(note + ["lower bound cannot show a ceiling was kept"]))
        return ("met" if ov <= limit + 1e-9 else "missed"), "; ".join(note + ["ceiling rule"])
    if ind in BAND:
        lo, hi = (tv, th) if th is not None else (tv - BAND_PP, tv + BAND_PP)
        if th is None:
            note.append(f"band rule +-{BAND_PP}pp")
        return ("met" if lo - 1e-9 <= ov <= hi + 1e-9 else "missed"), "; ".join(note)
    # growth / quantity (floor-type)
    if th is not None:
        thr, rule = tv, "range: met if at or above the lower end"
    elif q & {"以上", "不低于"}:
        thr, rule = tv, "floor rule"
    elif "左右" in q:
        tol = TOL_PP if t["unit"] == "%" else TOL_REL * tv
        thr, rule = tv - tol, (f"point target 左右: met if >= target - {TOL_PP}pp" if t["unit"] == "%" else f"point target 左右: met if >= {100 - TOL_REL * 100:.0f}% of target")
    else:
        thr, rule = tv, "plain figure read as a floor"
    note.append(rule)
    if ov >= thr - 1e-9:
        if ov < tv - 1e-9:
            note.append("below the point target but within tolerance")
        return "met", "; ".join(note)
    if lb:
        return "not reported", "; ".join(note + ["lower bound below threshold: undecidable"])
    return "missed", "; ".join(note)


def main():
    targets = [r for r in read("targets.tsv")]
    outcomes = [r for r in read("outcomes.tsv") if r["kind"] == "outcome"]
    out = []
    for t in targets:
        year = int(t["year"])
        rep = year + 1
        if rep not in AVAILABLE:
            continue  # next report missing (1989-1991, 1996, 2020): no pair
        cands = [o for o in outcomes if int(o["report_year"]) == rep and int(o["year"]) == year]
        ind = t["indicator"]
        note_extra = []
        row = dict(indicator=ind, year=year, target=t["value"], target_high=t["value_high"],
                   qualifier=t["qualifier"], unit=t["unit"], outcome="", outcome_unit="",
                   status="not reported", target_sentence=t["sentence"], outcome_sentence="",
                   note="", target_report_year=t["report_year"], outcome_report_year=rep)
        if t["qualifier"] in ("同步", "基本同步"):
            inc = [o for o in cands if o["indicator"] == "居民人均可支配收入" and o["unit"] == "%"]
            gdp = [o for o in cands if o["indicator"] == "国内生产总值" and o["unit"] == "%"]
            if inc and gdp:
                iv, gv = float(inc[0]["value"]), float(gdp[0]["value"])
                row.update(outcome=inc[0]["value"], outcome_unit="%", outcome_sentence=inc[0]["sentence"],
                           status="met" if iv >= gv - TOL_PP - 1e-9 else "missed",
                           note=f"income growth {iv} vs GDP growth {gv}; met if income >= GDP - {TOL_PP}pp (judgement)")
            else:
                other = [o for o in cands if o["indicator"] in ("城镇居民人均可支配收入", "农村居民人均纯收入", "农村居民人均可支配收入") and o["unit"] == "%"]
                row["note"] = "no national per-capita income growth in next report" + (
                    "; only " + ", ".join(f"{o['indicator']} {o['value']}%" for o in other) if other else "")
            extra = NOTES.get((ind, year))
            if extra:
                row["note"] = "; ".join(x for x in (row["note"], extra) if x)
            out.append(row)
            continue
        same = [o for o in cands if o["indicator"] == ind]
        if not same and ind == "国民生产总值":
            same = [o for o in cands if o["indicator"] == "国内生产总值"]
            if same:
                note_extra.append("GNP target compared with GDP outcome (proxy)")
        comp = [o for o in same if base(o["value"], o["unit"])[0] == base(t["value"], t["unit"])[0]]
        if comp:
            o = comp[0]
            st, note = judge(t, o)
            row.update(outcome=o["value"], outcome_unit=o["unit"], outcome_sentence=o["sentence"], status=st,
                       note="; ".join(note_extra + [note]) if note else "; ".join(note_extra))
        elif same:
            o = same[0]
            row.update(outcome_sentence="", note="; ".join(note_extra + [
                "not comparable: target in %s, next report gives only %s" % (t["unit"], ", ".join(sorted({x["unit"] for x in same})))]))
        else:
            row["note"] = "; ".join(note_extra + ["next report states no figure for this indicator and year"])
        extra = NOTES.get((ind, year))
        if extra:
            row["note"] = "; ".join(x for x in (row["note"], extra) if x)
        out.append(row)
    cols = ["indicator", "year", "target", "target_high", "qualifier", "unit", "outcome", "outcome_unit",
            "status", "target_sentence", "outcome_sentence", "note", "target_report_year", "outcome_report_year"]
    with open(os.path.join(HERE, "pairs.tsv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writeheader()
        for r in sorted(out, key=lambda r: (int(r["year"]), r["indicator"], r["unit"])):
            w.writerow(r)
    print(len(out), "pairs")


if __name__ == "__main__":
    main()
