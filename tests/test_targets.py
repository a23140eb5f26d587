"""Tests for textlab/targets.py: extract_targets and track_targets on real work reports.

Every report used here is a development year of eval/targets_gold/split.tsv (or a 2025 provincial
report, which has no gold); the locked test years are never read by these tests.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

import textlab as tl
from textlab.corpus import Document, load_corpus
from textlab.numerals import chinese_number, parse_chinese_number
from textlab.targets import TARGET_COLUMNS, TRACK_COLUMNS, judge, load_indicators

ROOT = Path(__file__).resolve().parents[1]
NATIONAL = ROOT / "seeds" / "gov_reports" / "national_gwr_wikisource"
PROVINCIAL = ROOT / "seeds" / "gov_reports" / "provincial_gwr_2025"


def report(year: int) -> Document:
    path = NATIONAL / f"{year}_国务院_政府工作报告.txt"
    return Document(path.stem, path.read_text(encoding="utf-8"), {"year": year})


def rows(table: pd.DataFrame, **where) -> pd.DataFrame:
    mask = pd.Series(True, index=table.index)
    for column, value in where.items():
        mask &= table[column] == value
    return table[mask]


def one(table: pd.DataFrame, **where) -> pd.Series:
    found = rows(table, **where)
    assert len(found) == 1, f"{where}: {len(found)} rows\n{table.iloc[:, :7]}"
    return found.iloc[0]


@pytest.fixture(scope="module")
def t2025() -> pd.DataFrame:
    return tl.extract_targets(report(2025))


def test_public_names_and_columns(t2025):
    assert tl.extract_targets is tl.targets.extract_targets if hasattr(tl, "targets") else callable(tl.extract_targets)
    assert callable(tl.track_targets)
    assert list(t2025.columns) == TARGET_COLUMNS
    assert str(t2025["year"].dtype) == "Int64" and t2025["value"].dtype == "float64"
    assert set(t2025["kind"]) <= {"target", "outcome", "estimate"}


def test_2025_national_targets(t2025):
    targets = rows(t2025, kind="target", year=2025)
    got = {(r.indicator, r.value, r.unit, r.qualifier) for r in targets.itertuples() if not math.isnan(r.value)}
    assert {
        ("国内生产总值", 5.0, "%", "左右"),
        ("城镇调查失业率", 5.5, "%", "左右"),
        ("城镇新增就业", 1200.0, "万人", "以上"),
        ("居民消费价格", 2.0, "%", "左右"),
        ("粮食产量", 1.4, "万亿斤", "左右"),
        ("单位国内生产总值能耗", 3.0, "%", "左右"),
        ("赤字率", 4.0, "%", "左右"),
    } <= got
    sync = one(targets, indicator="居民人均可支配收入")
    assert sync.qualifier == "同步" and math.isnan(sync.value) and sync.unit == ""
    assert "主要预期目标" in one(targets, indicator="国内生产总值").sentence


def test_2025_national_outcomes_refer_to_2024(t2025):
    outcomes = rows(t2025, kind="outcome")
    assert set(outcomes["year"]) == {2024}
    assert one(outcomes, indicator="国内生产总值", unit="%").value == pytest.approx(5.0)
    assert one(outcomes, indicator="国内生产总值", unit="万亿元").value == pytest.approx(134.9)
    assert one(outcomes, indicator="城镇新增就业").value == pytest.approx(1256.0)
    assert one(outcomes, indicator="居民消费价格").value == pytest.approx(0.2)
    assert one(outcomes, indicator="居民人均可支配收入", unit="%").value == pytest.approx(5.1)


def test_restatements_are_dropped_unless_asked_for():
    doc = report(2025)
    primary = rows(tl.extract_targets(doc), indicator="国内生产总值", kind="target")
    every = rows(tl.extract_targets(doc, all_statements=True), indicator="国内生产总值", kind="target")
    assert len(primary) == 1 and len(every) >= 2  # 经济增长预期目标为5%左右，既是… restates it
    assert primary.iloc[0].paragraph <= every["paragraph"].min()


@pytest.mark.parametrize(
    "year, indicator, value, unit, kind, qualifier",
    [
        (1979, "粮食产量", 30475.0, "万吨", "outcome", ""),  # 三亿零四百七十五万吨
        (1986, "一般公共预算收入", 1829.0, "亿元", "outcome", ""),  # 一千八百二十九亿元
        (1992, "商品零售价格", 6.0, "%", "target", "控制在+以内"),  # 百分之六
        (1992, "社会消费品零售总额", 12.3, "%", "target", ""),  # 百分之十二点三
        (1998, "国内生产总值", 8.8, "%", "outcome", ""),  # 8 ．8 ％ (spaced digits)
        (1999, "固定资产投资", 14.1, "%", "outcome", ""),  # 14·1％ (middle dot), not 国有单位's 19·5％
        (1997, "国内生产总值", 9.7, "%", "outcome", ""),  # full-width ９．７％
        (1997, "国内生产总值", 67700.0, "亿元", "outcome", "多"),  # ６７７００多亿元
        (2016, "国内生产总值", 6.5, "%", "target", ""),  # range 6.5%－7%
        (2007, "城镇新增就业", 900.0, "万人", "target", "不低于"),
        (1999, "农村贫困人口减少", 1000.0, "万", "target", "力争+以上"),
    ],
)
def test_number_forms_in_real_reports(year, indicator, value, unit, kind, qualifier):
    table = tl.extract_targets(report(year))
    found = rows(table, indicator=indicator, unit=unit, kind=kind)
    assert value in set(found["value"]), f"{year} {indicator}: {found.iloc[:, :7]}"
    assert found[found["value"] == value].iloc[0].qualifier == qualifier


def test_range_has_a_high_end():
    gdp = one(tl.extract_targets(report(2016)), indicator="国内生产总值", kind="target")
    assert (gdp.value, gdp.value_high) == (6.5, 7.0)


def test_five_year_figures_are_not_annual_targets():
    table = tl.extract_targets(report(2016))
    jobs = rows(table, indicator="城镇新增就业", kind="target")
    assert list(jobs["value"]) == [1000.0]  # not the 十三五 5000万人以上


def test_web_copy_gives_the_same_table(t2025):
    text = report(2025).text
    web = (
        "【打印本页】【关闭窗口】\n来源：中国政府网  2025-03-05\n"
        + text.replace("\n", "\n\u3000\u3000").replace("5%", "５％").replace("1200万人", "１２００万人")
        + "\n版权所有：中国政府网\n"
    )
    table = tl.extract_targets(web, year=2025)
    key = ["indicator", "value", "unit", "qualifier", "kind", "year"]
    assert table[key].equals(t2025[key])


def test_year_is_read_from_a_raw_text():
    text = report(2025).text
    table = tl.extract_targets(text)  # no metadata: "一、2024年工作回顾" means the 2025 report
    assert one(table, indicator="国内生产总值", kind="target").year == 2025


def test_provincial_reports_2025_gdp_target():
    corpus = load_corpus(PROVINCIAL)
    expected = {"北京市": (5.0, "左右"), "江苏省": (5.0, "以上"), "西藏自治区": (7.0, "以上"), "青海省": (4.5, "左右")}
    seen = 0
    for doc in corpus:
        gdp = rows(tl.extract_targets(doc), indicator="国内生产总值", kind="target", year=2025)
        assert len(gdp) == 1, doc.id
        for name, (value, qualifier) in expected.items():
            if name in doc.id:
                assert (gdp.iloc[0].value, gdp.iloc[0].qualifier) == (value, qualifier), doc.id
                seen += 1
    fujian = next(d for d in corpus if "福建" in d.id)
    gdp = one(tl.extract_targets(fujian), indicator="国内生产总值", kind="target")
    assert (gdp.value, gdp.value_high) == (5.0, 5.5)  # 5.0%—5.5%
    assert seen == len(expected)


def test_provincial_estimate_is_about_the_year_under_review():
    beijing = next(d for d in load_corpus(PROVINCIAL) if "北京" in d.id)
    gdp = one(tl.extract_targets(beijing), indicator="国内生产总值", kind="estimate")
    assert (gdp.value, gdp.year, gdp.qualifier) == (5.2, 2024, "左右")


def test_track_2024_against_2025():
    tracked = tl.track_targets(report(2024), report(2025))
    assert list(tracked.columns) == TRACK_COLUMNS
    gdp = one(tracked, indicator="国内生产总值")
    assert (gdp.target, gdp.outcome, gdp.status, gdp.year) == (5.0, 5.0, "met", 2024)
    assert one(tracked, indicator="居民消费价格").status == "met"  # 0.2% under a 3% ceiling
    assert one(tracked, indicator="城镇新增就业").outcome == pytest.approx(1256.0)
    sync = one(tracked, indicator="居民人均可支配收入")
    assert (sync.outcome, sync.status) == (5.1, "met")  # 5.1% against GDP 5%
    grain = one(tracked, indicator="粮食产量")
    assert grain.unit == "万亿斤" and grain.status == "met"


def test_track_reports_what_is_missing_and_what_is_missed():
    tracked = tl.track_targets(report(2016), report(2017))
    m2 = one(tracked, indicator="社会融资规模")
    assert m2.status == "not reported" and math.isnan(m2.outcome)
    gdp = one(tracked, indicator="国内生产总值")
    assert (gdp.target, gdp.target_high, gdp.outcome, gdp.status) == (6.5, 7.0, 6.7, "met")


def test_track_accepts_tables():
    earlier, later = tl.extract_targets(report(2024)), tl.extract_targets(report(2025))
    assert tl.track_targets(earlier, later).equals(tl.track_targets(report(2024), report(2025)))


@pytest.mark.parametrize(
    "rule, qualifier, target, high, unit, outcome, outcome_qualifier, status",
    [
        ("ceiling", "左右", 3, math.nan, "%", 3.3, "", "missed"),  # 2010 CPI: 左右 on a price is a ceiling
        ("ceiling", "控制在+以内", 4.6, math.nan, "%", 4.1, "", "met"),
        ("floor", "左右", 7.5, math.nan, "%", 7.4, "", "met"),  # within 0.5 point of a point target
        ("floor", "左右", 7.5, math.nan, "%", 6.9, "", "missed"),
        ("floor", "", 8, math.nan, "%", 7.8, "", "missed"),  # a plain figure is a floor
        ("floor", "以上", 1000, math.nan, "万人", 1312, "", "met"),
        ("floor", "", 6.5, 7, "%", 6.7, "", "met"),  # a range: at least the low end
        ("floor", "以上", 1000, math.nan, "万", 900, "多", "not reported"),  # 900多万: undecidable
        ("ceiling", "以内", 3, math.nan, "%", 3.5, "超过", "missed"),
        ("band", "左右", 13, math.nan, "%", 11.3, "", "missed"),  # M2 more than 1 point off
        ("band", "左右", 12, math.nan, "%", 11.3, "", "met"),
        ("floor", "左右", 1.4, math.nan, "万亿斤", 1.34, "", "met"),  # a level within 95%
    ],
)
def test_judge_rules(rule, qualifier, target, high, unit, outcome, outcome_qualifier, status):
    assert judge(rule, qualifier, target, high, unit, outcome, outcome_qualifier) == status


def test_judge_sync():
    assert judge("sync", "基本同步", math.nan, math.nan, "", 6.3, "", reference=6.7) == "met"
    assert judge("sync", "同步", math.nan, math.nan, "", 5.0, "", reference=6.0) == "missed"
    assert judge("sync", "同步", math.nan, math.nan, "", math.nan, "", reference=6.0) == "not reported"


def test_parse_chinese_number_and_chinese_number_unchanged():
    assert parse_chinese_number("十一点八") == pytest.approx(11.8, rel=1e-12)
    assert parse_chinese_number("一千八百二十九") == 1829
    assert parse_chinese_number("三亿零四百七十五万") == 304_750_000
    assert parse_chinese_number("1.3万亿") == pytest.approx(1.3e12, rel=1e-12)
    assert parse_chinese_number("十十") is None and parse_chinese_number("abc") is None
    assert [chinese_number(s) for s in ("十二", "二十三", "19")] == [12, 23, 19]


def test_thousands_comma_and_chinese_range():
    text = "今年计划：社会商品零售总额2,200亿元，国民收入增长百分之八至九。"
    table = tl.extract_targets(text, year=1985)
    assert one(table, indicator="社会消费品零售总额").value == pytest.approx(2200.0)
    income = one(table, indicator="国民收入")
    assert (income.value, income.value_high, income.unit) == (8.0, 9.0, "%")


def test_bad_input():
    with pytest.raises(TypeError, match="str or a textlab.corpus.Document"):
        tl.extract_targets(42)
    with pytest.raises(ValueError, match="lacks the columns"):
        tl.track_targets(pd.DataFrame({"a": [1]}), report(2025))


def test_vocabulary_errors_name_the_file_and_line(tmp_path):
    bad = tmp_path / "indicators.txt"
    bad.write_text("# header\n国内生产总值\tfloor\t%\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"indicators.txt:2: expected 4"):
        load_indicators(bad)
    bad.write_text("国内生产总值\tupward\t%\tGDP\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"indicators.txt:1: rule 'upward'"):
        load_indicators(bad)


def test_custom_vocabulary(tmp_path):
    path = tmp_path / "mine.txt"
    path.write_text("# mine\n研发投入强度\tfloor\t%\t研发投入强度|研发经费投入强度\n", encoding="utf-8")
    jiangsu = next(d for d in load_corpus(PROVINCIAL) if "江苏" in d.id)
    table = tl.extract_targets(jiangsu, indicators=path)
    assert set(table["indicator"]) == {"研发投入强度"}


def test_packaged_vocabulary_has_a_source_header():
    from textlab.locations import read_resource

    text = read_resource("indicators.txt")
    assert text.startswith("# ") and "Source:" in text
    vocab = load_indicators()
    assert vocab.indicators["居民消费价格"].rule == "ceiling"
    assert vocab.by_variant["全省生产总值"] == "国内生产总值"


def test_respectively_assigns_figures_in_order():
    table = tl.extract_targets(report(2006))
    urban = rows(table, indicator="城镇居民人均可支配收入", kind="outcome", year=2005)
    rural = rows(table, indicator="农村居民人均纯收入", kind="outcome", year=2005)
    assert set(urban["value"]) == {10493.0, 9.6}  # …10493元，农村…3255元，扣除价格因素，分别增长9.6%和6.2%
    assert set(rural["value"]) == {3255.0, 6.2}


def test_urban_and_rural_together_is_not_the_national_income_series():
    zhejiang = next(d for d in load_corpus(PROVINCIAL) if "浙江" in d.id)
    income = rows(tl.extract_targets(zhejiang), indicator="居民人均可支配收入", kind="outcome")
    assert income.empty  # 城乡居民人均可支配收入分别增长4.3%、6.1%: two series, neither national


def test_a_figure_describing_something_else_is_skipped():
    guangdong = next(d for d in load_corpus(PROVINCIAL) if "广东" in d.id)
    gdp = rows(tl.extract_targets(guangdong), indicator="国内生产总值", kind="outcome")
    assert 1000.0 not in set(gdp["value"])  # 东莞长安成为全省第3个地区生产总值超千亿元镇


# ------------------------------------------------------------------------------------ from the unit table


@pytest.mark.parametrize("year", [1986, 1999, 2017, 2025])
def test_the_unit_table_gives_the_same_rows_as_the_text(year):
    from textlab.targets import targets_from_units
    from textlab.units import parse_document

    doc = report(year)
    units = parse_document(doc, tokens=False)
    assert targets_from_units(units).equals(tl.extract_targets(doc))


def test_a_provincial_unit_table_without_heading_numbers_gives_the_same_rows():
    from textlab.targets import targets_from_units
    from textlab.units import parse_document

    sichuan = next(d for d in load_corpus(PROVINCIAL) if "四川" in d.id)  # headings lost their 一、
    table = targets_from_units(parse_document(sichuan, tokens=False))
    assert table.equals(tl.extract_targets(sichuan)) and len(one(table, indicator="国内生产总值", kind="target", unit="%"))


def test_labels_choose_the_sentences_that_yield_rows():
    from textlab.targets import targets_from_units
    from textlab.units import parse_document

    units = parse_document(report(2025), tokens=False)
    # label the sentences by hand: only the 主要预期目标 sentence is a measure
    goal = units["text"].str.contains("主要预期目标是")
    labelled = units.assign(label=["measure" if g else "other" for g in goal])
    table = targets_from_units(labelled, labels=("measure",))
    assert len(table) and set(table["kind"]) == {"target"}
    assert set(table["sentence"]) == set(units.loc[goal, "text"])
    assert len(targets_from_units(labelled)) > len(table)  # without labels every sentence is read


def test_unit_table_errors():
    from textlab.targets import targets_from_units
    from textlab.units import parse

    with pytest.raises(ValueError, match="lacks the columns"):
        targets_from_units(pd.DataFrame({"text": ["国内生产总值增长5%左右。"]}))
    two = parse(["今年国内生产总值增长5%左右。", "今年居民消费价格涨幅3%左右。"], tokens=False)
    with pytest.raises(ValueError, match="2 documents"):
        targets_from_units(two)


def test_a_share_of_an_indicator_is_not_its_figure():
    guangxi = next(d for d in load_corpus(PROVINCIAL) if "广西" in d.id)
    gdp = rows(tl.extract_targets(guangxi), indicator="国内生产总值", unit="%")
    assert 45.0 not in set(gdp["value"])  # 工业对GDP增长贡献率45%
    assert one(gdp, kind="estimate").value == pytest.approx(4.2)  # 初步预计，全区地区生产总值增长4.2%左右
    # 1954 (no gold: before 1978): 国营和合作社营商业在社会商品零售总额中的比重已占百分之五十左右
    retail = rows(tl.extract_targets(report(1954)), indicator="社会消费品零售总额", unit="%")
    assert 50.0 not in set(retail["value"])


def test_the_share_of_a_plan_fulfilled_is_not_a_growth_rate():
    table = tl.extract_targets(report(1956))  # 完成年度计划的102%, 只完成原定计划的94%
    assert not {102.0, 94.0} & set(table["value"])
    assert one(table, indicator="粮食产量", unit="亿斤", kind="outcome").value == pytest.approx(3680.0)


def test_provincial_wordings_of_energy_intensity_and_retail_sales():
    corpus = load_corpus(PROVINCIAL)
    jilin = tl.extract_targets(next(d for d in corpus if "吉林" in d.id))
    energy = one(jilin, indicator="单位国内生产总值能耗", kind="target")  # 单位GDP能耗下降2％左右
    assert (energy.value, energy.qualifier, energy.year) == (2.0, "左右", 2025)
    doc = next(d for d in corpus if "社会消费品零售额增长4.8%" in d.text)
    retail = rows(tl.extract_targets(doc), indicator="社会消费品零售总额", unit="%")
    assert 4.8 in set(retail["value"])  # 社会消费品零售额增长4.8%: a wording without 总
