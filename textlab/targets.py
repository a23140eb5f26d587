"""Promise tracking: quantitative targets in one year's work report, outcomes in the next year's.

This module owns two public functions and the rules behind them:

* ``extract_targets(text_or_document) -> DataFrame``: one row per quantitative statement about a
  known indicator (``resources/indicators.txt``) in a target-setting or result-reporting sentence.
* ``track_targets(earlier, later) -> DataFrame``: each target of the earlier report matched to the
  later report's outcome for the same indicator and year, with a status (met, missed, not reported).

Both accept raw text (web copies too: ``textlab.cleaning.clean`` runs inside) or a
:class:`textlab.corpus.Document`, whose year comes from its metadata (``corpus.parse_year``).
``targets_from_units(units)`` gives the rows of ``extract_targets`` from a document's unit table
(``textlab.units``; the paragraphs and sentences already parsed), so the main job reads targets
without parsing a document twice (:mod:`textlab.promises` is that corpus view).

Extraction, step by step
------------------------
1. The text is cleaned and cut into paragraphs and sentences with ``textlab.outline``.
2. Numbers are normalised for reading (not in the ``sentence`` column): spaced digits
   (``8 .8 %``), middle dots (``19·5%``), thousands commas (``34，250``), years in Chinese
   digits (``一九八二年``). Chinese amounts (``百分之十一点八``, ``一千八百二十九亿元``,
   ``四亿零七百多万吨``) are read with ``textlab.numerals.parse_chinese_number``; a Chinese amount
   keeps its last 万/亿 in the unit, as the reports write it (``四亿零七百多万吨`` -> 40700 万吨).
3. Each indicator mention takes the figures that follow it in its clause, up to the next mention:
   at most one rate (``%``) and one level. Skipped: averages and totals over several years (年均,
   平均每年, 累计, 比1997年 when that is not the previous year), increments of a level
   (增加1501亿元, 增产291亿斤), starting points (从7.4万亿元, 由…), figures used as a modifier
   (``8%的预定目标``), a share of the indicator (``社会商品零售总额中的比重``, ``对GDP增长贡献率``),
   the share of a plan fulfilled (``完成年度计划的102%``) and units the indicator cannot carry (``indicators.txt``).
4. ``kind``: ``target`` for the plan, ``outcome`` for the review, ``estimate`` for a figure given
   with 预计: about the report's own year (the national reports of December 1981 and 1982), or,
   in a review delivered early in the next year (the provincial reports of January), about the
   year under review. The year a figure refers to comes from the wording
   (今年 -> the report year, 去年 / 过去一年 -> the year before, a named year ``2024年``, and
   ``比1980年…增长`` -> 1981), then from the section the sentence sits in (a heading with 回顾 /
   过去一年 is the review; 总体要求, 任务, 目标, 安排 the plan), then from cue words (预期目标,
   力争, 控制在, 计划 for a plan; 达到, 实现, 完成 for a review). A figure with neither is dropped.
5. Only the first statement per (indicator, unit, year, kind) is kept, the primary one; later
   restatements (``经济增长预期目标为5%左右，既是…``) are dropped unless ``all_statements=True``.

``qualifier`` holds the hedge words as written, joined with ``+`` in text order (``控制在+以内``,
``力争+以上``): 力争, 控制在, 不低于, 不超过, 低于, 接近, 超过, 突破 before the figure, 多 inside it,
左右, 以上, 以内, 以下 after it, and 同步 / 基本同步 for 居民收入增长与经济增长同步 (no number).

Qualifier rules (``track_targets``)
-----------------------------------
Each indicator has a rule in ``indicators.txt``; they are the rules of the gold table
(``eval/targets_gold/README.md``), adopted here so that tracked tables and the gold agree.

* **ceiling** (居民消费价格, 商品零售价格, 城镇调查/登记失业率, 赤字率): 以内, 以下, 不超过,
  控制在, 低于, a plain figure *and 左右* are ceilings: met if outcome <= target (a range: <= the
  high end). *Judgement:* 左右 on a price, unemployment or deficit target has no tolerance, so
  CPI 3%左右 against 3.3% is missed.
* **floor** (growth and levels): 以上 / 不低于: met if outcome >= target. A range: met if outcome
  >= its low end. A plain figure is a floor (*judgement*, backed by the 1999 report calling 7.8%
  against 8% "略低于8%的预定目标"). 左右 is a point target (*judgement*): met if outcome >= target
  - 0.5 percentage points for a rate, or >= 95% of the target for a level; overshooting is met.
  Energy intensity targets are reductions (降低3%), so a larger reduction is better: a floor too.
* **band** (广义货币M2, 社会融资规模): *judgement*: met if |outcome - target| <= 1 point.
* **sync** (居民收入增长与经济增长同步 / 基本同步): the outcome is the next report's growth of
  居民人均可支配收入; *judgement*: met if it is >= the GDP growth - 0.5 points. A numeric income
  target (provinces: 增长6%左右) follows the floor rules.
* An outcome stated as a lower bound (超过, 突破, 多, 以上) decides only when the bound itself
  decides: for a floor met if the bound meets it; for a ceiling missed if the bound exceeds it;
  otherwise ``not reported``.
* Units: grain (万吨, 亿吨, 亿公斤, 亿斤, 万亿斤), money (亿元, 万亿元; 亿美元, 万亿美元) and
  people (万, 万人) are converted; a rate never pairs with a level (``not reported``).
* A 国民生产总值 target with no GNP outcome is compared with GDP growth (a proxy).
* The outcome is the later report's ``outcome`` row for the indicator and year; a 预计 ``estimate``
  of that year is used only when there is no outcome (provincial reports often give only those).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "TARGET_COLUMNS",
    "TRACK_COLUMNS",
    "Indicator",
    "Vocabulary",
    "load_indicators",
    "convert_unit",
    "extract_targets",
    "targets_from_units",
    "track_targets",
    "judge",
]

TARGET_COLUMNS = ["indicator", "value", "value_high", "unit", "qualifier", "kind", "year", "sentence", "paragraph"]
"""Columns of ``extract_targets``, in order."""

TRACK_COLUMNS = [
    "indicator", "year", "target", "target_high", "qualifier", "unit", "outcome", "status",
    "target_sentence", "outcome_sentence",
]
"""Columns of ``track_targets``, in order."""

RULES = ("floor", "ceiling", "band", "sync")
POINT_TOLERANCE = 0.5  # percentage points below a 左右 rate target that still count as met
LEVEL_TOLERANCE = 0.95  # share of a 左右 level target that still counts as met
BAND_TOLERANCE = 1.0  # percentage points either way for a monetary aggregate
SYNC_TOLERANCE = 0.5  # income growth may trail GDP growth by this much and still be 同步


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Indicator:
    """One indicator of the vocabulary: its canonical name, judging rule, units and wordings."""

    name: str
    rule: str
    units: tuple[str, ...]
    variants: tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    """The indicators of one vocabulary file and a regex over all their wordings (longest first)."""

    indicators: dict[str, Indicator]
    by_variant: dict[str, str]
    pattern: re.Pattern[str]
    source: str


def load_indicators(path: str | Path | None = None) -> Vocabulary:
    """Read an indicator vocabulary (default: the packaged ``resources/indicators.txt``).

    Each non-comment line is ``name<TAB>rule<TAB>units<TAB>variant|variant|…``; a malformed line
    is a ValueError naming the file and the line.
    """
    if path is None:
        from textlab.locations import resource_path

        path = resource_path("indicators.txt")
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: cannot read the indicator vocabulary ({error})") from None
    indicators: dict[str, Indicator] = {}
    by_variant: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 4:
            raise ValueError(f"{path}:{number}: expected 4 tab-separated fields (name, rule, units, variants), got {len(fields)}")
        name, rule, units, variants = (f.strip() for f in fields)
        if rule not in RULES:
            raise ValueError(f"{path}:{number}: rule {rule!r} is not one of {', '.join(RULES)}")
        if not name or not variants:
            raise ValueError(f"{path}:{number}: empty indicator name or variant list")
        names = tuple(v.strip() for v in variants.split("|") if v.strip())
        for variant in names:
            if by_variant.get(variant, name) != name:
                raise ValueError(f"{path}:{number}: variant {variant!r} already names {by_variant[variant]}")
            by_variant[variant] = name
        indicators[name] = Indicator(name, rule, tuple(u.strip() for u in units.split(",") if u.strip()), names)
    if not indicators:
        raise ValueError(f"{path}: no indicators in the vocabulary")
    ordered = sorted(by_variant, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(v) for v in ordered))
    return Vocabulary(indicators, by_variant, pattern, str(path))


# --------------------------------------------------------------------------- numbers

_CN = "零〇一二两三四五六七八九十百千万亿点"
_CN_YEAR_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
_CN_YEAR_DIGITS["零"] = _CN_YEAR_DIGITS["○"] = "0"
_AR = r"\d+(?:\.\d+)?"
_QUANTITY = re.compile(
    rf"(?P<rlo>{_AR})%?\s*[－—–\-~～至到]\s*(?P<rhi>{_AR})%"
    rf"|(?P<pct>{_AR})%"
    rf"|百分之(?P<cpct>[{_CN}]+?)(?:(?:至|到)(?:百分之)?(?P<cpct2>[{_CN}]+))?(?![{_CN}])"
    rf"|(?P<lvl>{_AR})(?P<lmany>多)?(?P<lunit>万亿元|亿元|万元|万亿美元|亿美元|万亿斤|亿斤|万吨|亿吨|亿公斤|万人|元|万)"
    rf"|(?<![{_CN}])(?P<cn>[{_CN}]+?)(?P<cmany>多)?(?P<cmult>万亿|亿|万)?(?P<cbase>元|美元|斤|吨|公斤|人)"
)
_SCALE = {"": 1, "万": 1e4, "亿": 1e8, "万亿": 1e12}
_SUFFIX_QUALIFIER = re.compile(r"\s*(左右|以上|以内|以下)")
_PREFIX_QUALIFIERS = re.compile(r"力争|控制在|不低于|不超过|(?<!不)低于|接近|超过|突破")
_SYNC = re.compile(r"(?:居民|城乡居民)(?:人均)?(?:可支配)?收入(?:增长)?(?:和|与|同)经济(?:增长|发展)(?:保持)?(基本同步|同步)")


def _normalise(s: str) -> str:
    """Numbers in a sentence made readable by one regex (the sentence column keeps the original)."""
    s = s.replace("％", "%").replace("．", ".")
    s = re.sub(r"(?<=\d)\s*[·・]\s*(?=\d)", ".", s)
    s = re.sub(r"(?<=[\d.])\s+(?=[\d.%])", "", s)
    s = re.sub(r"(?<=\d)\s+(?=[年万亿元%])", "", s)
    s = re.sub(r"(?<=\d)\s+(?=\d)", "", s)
    for _ in range(3):
        s = re.sub(r"(?<![\d.])(\d{1,3})[，,](\d{3})(?![\d.])", r"\1\2", s)
    s = re.sub("([〇○零一二三四五六七八九]{4})年", lambda m: "".join(_CN_YEAR_DIGITS[c] for c in m.group(1)) + "年", s)
    return s


def _cn_value(text: str) -> float | None:
    from textlab.numerals import parse_chinese_number

    return parse_chinese_number(text)


@dataclass
class _Quantity:
    start: int
    end: int
    value: float
    high: float
    unit: str
    many: bool

    @property
    def is_rate(self) -> bool:
        return self.unit == "%"


def _quantities(s: str) -> list[_Quantity]:
    out: list[_Quantity] = []
    for m in _QUANTITY.finditer(s):
        g = m.groupdict()
        nan = math.nan
        if g["rlo"] is not None:
            lo, hi = float(g["rlo"]), float(g["rhi"])
            if hi <= lo:
                continue
            out.append(_Quantity(m.start(), m.end(), lo, hi, "%", False))
        elif g["pct"] is not None:
            out.append(_Quantity(m.start(), m.end(), float(g["pct"]), nan, "%", False))
        elif g["cpct"] is not None:
            lo = _cn_value(g["cpct"])
            hi = _cn_value(g["cpct2"]) if g["cpct2"] else nan
            if lo is None or hi is None:
                continue
            out.append(_Quantity(m.start(), m.end(), lo, hi, "%", False))
        elif g["lvl"] is not None:
            unit = g["lunit"]
            out.append(_Quantity(m.start(), m.end(), float(g["lvl"]), nan, unit, bool(g["lmany"])))
        elif g["cn"] is not None:
            mult = g["cmult"] or ""
            full = _cn_value(g["cn"] + mult)
            if full is None or not any(c not in "万亿点" for c in g["cn"]):
                continue
            base = g["cbase"]
            if base == "人" and mult not in ("万",):
                continue
            value = full / _SCALE[mult]
            out.append(_Quantity(m.start(), m.end(), round(value, 6), nan, mult + base, bool(g["cmany"])))
    return out


# --------------------------------------------------------------------------- documents and years

_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)")
_REVIEW_HEADING = re.compile(r"回顾|过去一年|过去五年|过去的一年|工作总结|主要工作|基本情况")
_PLAN_HEADING = re.compile(r"总体要求|任务|目标|安排|政策取向|工作重点|主要工作")
_BARE_HEADING = re.compile(r"^(?:19|20)\d\d年(?:工作回顾|[^，。]{0,12}(?:总体要求|目标任务|工作安排|主要任务|重点工作))")
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d\d)年[^。\n]{0,20}政府工作报告")
_REVIEW_YEAR = re.compile(r"((?:19|20)\d\d)年(?:工作)?回顾")


def _source_text_and_year(source: Any, year: int | None) -> tuple[str, int | None]:
    from textlab.corpus import Document, parse_year

    if isinstance(source, Document):
        text = source.text
        if year is None:
            year = parse_year(source.meta.get("year"))
    elif isinstance(source, str):
        text = source
    else:
        raise TypeError(f"extract_targets takes a str or a textlab.corpus.Document, got {type(source).__name__}")
    if year is not None:
        year = int(year)
    return text, year


def _infer_year(paragraphs: list[str]) -> int | None:
    """The report year of a text with no metadata: a 'YYYY年工作回顾' heading (+1) or the title."""
    for p in paragraphs[:400]:
        if len(p) < 40:
            m = _REVIEW_YEAR.search(p)
            if m:
                return int(m.group(1)) + 1
    for p in paragraphs[:5]:
        m = _YEAR_IN_TITLE.search(p)
        if m:
            return int(m.group(1))
    return None


def _sections(paragraphs: list[str], year: int | None) -> list[str | None]:
    """'review', 'plan', 'five' (a five-year plan's targets) or None for each paragraph."""
    out: list[str | None] = []
    current: str | None = None
    for p in paragraphs:
        if len(p) <= 60 and (
            (_HEADING.match(p) and not re.search(r"[。；]", p[:-1]))
            or (_BARE_HEADING.match(p) and not re.search(r"[。；，]", p[:-1]))
        ):
            current = None
            named = [int(y) for y in re.findall(r"((?:19|20)\d\d)年", p)]
            if year is not None and named:
                if named[0] == year - 1 and _REVIEW_HEADING.search(p):
                    current = "review"
                elif named[0] == year:
                    current = "plan"
            if current is None:
                if _REVIEW_HEADING.search(p) and not _PLAN_HEADING.search(p.replace("主要工作", "")):
                    current = "five_review" if re.search(r"“[一二三四五六七八九十]+五”|五年", p) else "review"
                elif re.search(r"“[一二三四五六七八九十]+五”|五年|规划", p) and _PLAN_HEADING.search(p):
                    current = "five"
                elif _PLAN_HEADING.search(p):
                    current = "plan"
        out.append(current)
    return out


def _merge_broken_lines(paras: list[str]) -> list[tuple[int, str, bool]]:
    """Join lines a web copy broke inside a sentence (``国内生产总值达到74.4`` / ``万亿元，…``)."""
    out: list[tuple[int, str, bool]] = []
    after_fragment = False  # 广义货币M / 2 / 预期增长12%左右: the line after a lone fragment continues it
    for index, p in enumerate(paras):
        fragment = re.fullmatch(r"[\dA-Za-z]{1,2}", p) is not None
        if out and (
            (re.search(r"[\dA-Za-z]$", out[-1][1]) and re.match(r"[\d万亿元%]", p))
            or (fragment and not re.search(r"[。！？；：]$", out[-1][1]))
            or (after_fragment and not _HEADING.match(p))
        ):
            out[-1] = (out[-1][0], out[-1][1] + p, True)
            after_fragment = fragment
        else:
            out.append((index, p, False))
            after_fragment = False
    return out


# --------------------------------------------------------------------------- extraction

_FIVE_YEAR = re.compile(
    r"“[一二三四五六七八九十]+五”(?:期间|时期)|五年来|五年间|过去五年|今后五年|五年内|未来五年|计划草案|在这个期间|到本世纪末"
    r"|这两年|两年中|两年平均|三年来|几年来|“?[一二三四五六七八九十]+五”?(?:计划|期间|时期)"
)
_FIVE_YEAR_PARAGRAPH = re.compile(
    r"“[一二三四五六七八九十]+五”(?:期间|时期)|五年来|五年间|过去五年|今后五年|五年内|未来五年|计划草案|在这个期间"
)
_FUTURE_YEAR = re.compile(r"到((?:19|20)\d\d)年")
_MULTI_YEAR = re.compile(r"年均|平均每年|每年平均|每年递增|累计|五年(?!行动)|[〇一二三四五六七八九十\d]+年中|翻番|翻一番|翻两番|前三年|两年|三年|期间|时期")
_INCREMENT = re.compile(r"(?:增加|增产|减产|增收|多增|增长|提高|减少|下降|降低|扩大|少|多)了?$")
_START = re.compile(r"(?:从|由)(?:(?:19|20)\d\d年|去年|上年|前三年)?(?:的)?$")
_OTHER_SUBJECT = re.compile(r"产值|产量|总额|收入|价格|投资|利润|出口|进口|增加值|支出|面积|储备|比重|比例|率|贡献|规模|余额|人口|劳动力|就业|排放|量")
_SAME_SUBJECT = re.compile(r"(?:扣除|考虑)[^，]*?因素|^，(?:全年)?总(?:收入|产量|额)")
_EXCLUDED_PREFIX = {
    "固定资产投资": re.compile(r"(?:国有单位|国有|中央|城镇|农村|民间|工业|制造业|基础设施|房地产|技改|预算内|中央预算内)$"),
    "一般公共预算收入": re.compile(r"(?:中央|中央本级|地方本级)$"),
    "国内生产总值": re.compile(r"(?:第[一二三]产业|单位|人均|万元)$"),
    "居民人均可支配收入": re.compile(r"(?:城乡|城镇|农村|农民|低收入农户|低收入)$"),
    "单位国内生产总值能耗": re.compile(r"(?:工业|规模以上工业|规上工业)$"),
}
_LOCAL_TARGET = re.compile(r"计划|要|提出|目标|确定|预定|拟")
_TARGET_CUE = re.compile(r"预期目标|主要目标|调控目标|目标是|目标为|目标定为|力争|计划|预期|拟|要把|要使|要求|安排|确保|争取")
_OUTCOME_CUE = re.compile(r"达到|实现了|完成了|实际")
_TARGET_ONLY_QUALIFIER = re.compile(r"力争|不低于|不超过|以内|以下")
_THIS_YEAR = re.compile(r"今年|本年")
_LAST_YEAR = re.compile(r"去年|过去一年|上年(?!年初)|过去的一年")
_NAMED_YEAR = re.compile(r"(?<![比同与从由和至])(?<!\d到)(?<!\d－)(?<!\d-)((?:19|20)\d\d)年(?!相比|比|以来|的水平)")
_BASE_YEAR = re.compile(r"比((?:19|20)\d\d)年")
_NOT_A_CUE = re.compile(r"(?:比|从|由|同|与)(?:去年|上年|上一年)(?:的|同期|年初)?")
_RATIO_AFTER = re.compile(r"^(?:的比例|的比重|比重|之比|的比|的\d|总量)")
_RATIO_BEFORE = re.compile(r"(?:占|相当于|与)$")
# any indicator: 社会商品零售总额中的比重, 对GDP增长贡献率: the figure is a share of it, not its own
_SHARE_AFTER = re.compile(r"^(?:中)?(?:的|所占)?(?:比重|比例)|^(?:增长)?的?贡献率")
# 完成年度计划的102%, 完成原定计划的94%: how much of a plan was fulfilled, not the indicator's figure
_FULFILMENT = re.compile(r"(?:计划|目标|任务)的$")
_COUNT_INDICATORS = ("城镇新增就业", "农村贫困人口减少", "下岗失业人员再就业")


def _mentions(s: str, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    found = []
    for m in vocab.pattern.finditer(s):
        name = vocab.by_variant[m.group()]
        if name == "国内生产总值" and (_RATIO_AFTER.match(s[m.end():]) or _RATIO_BEFORE.search(s[: m.start()])):
            continue
        if _SHARE_AFTER.match(s[m.end():]):
            found.append((m.start(), m.end(), None, m.group()))  # ends the figures of the mention before, yields none
            continue
        if m.group() == "生产总值" and m.start() and re.match(r"[\u4e00-\u9fff]", s[m.start() - 1]) and s[m.start() - 1] not in "省市区县州盟年":
            continue  # 海洋生产总值, 旅游生产总值: not the economy's
        excluded = _EXCLUDED_PREFIX.get(name)
        if excluded and excluded.search(s[: m.start()]):
            continue
        found.append((m.start(), m.end(), name, m.group()))
    return found


def _strong_cue(text: str, year: int | None) -> tuple[str, int | None] | None:
    """The last wording in ``text`` that fixes the time of what follows: 今年, 去年, a named year."""
    text = _NOT_A_CUE.sub("", text)
    best: tuple[int, str, int | None] | None = None
    for m in _THIS_YEAR.finditer(text):
        best = max(best or (-1, "", None), (m.start(), "target", year), key=lambda b: b[0])
    for m in _LAST_YEAR.finditer(text):
        best = max(best or (-1, "", None), (m.start(), "outcome", year - 1 if year else None), key=lambda b: b[0])
    for m in _NAMED_YEAR.finditer(text):
        named = int(m.group(1))
        kind = "target" if year is None or named >= year else "outcome"
        best = max(best or (-1, "", None), (m.start(), kind, named), key=lambda b: b[0])
    return None if best is None else (best[1], best[2])


@dataclass
class _Context:
    """What the sentences read so far say about time: the section, the paragraph, the document."""

    year: int | None
    section: str | None = None
    paragraph_cue: tuple[str, int | None] | None = None
    document_cue: tuple[str, int | None] | None = None
    target_list: bool = False


def _kind_and_year(before: str, local: str, quantity: _Quantity, qualifier: str, ctx: _Context) -> tuple[str, int | None] | None:
    """Whether a figure is a target, an outcome or an estimate, and the year it refers to."""
    year = ctx.year
    prev = year - 1 if year else None
    base = _BASE_YEAR.findall(local)
    cue = _strong_cue(before, year)
    if "预计" in before:
        # 预计…增长5.2%左右: the report's own year, or, in a review delivered early in the next
        # year (the provincial reports of January), the year under review
        if cue is not None and cue[1] is not None:
            return "estimate", cue[1]
        if ctx.section in ("review", "five_review") or (ctx.paragraph_cue and ctx.paragraph_cue[0] == "outcome"):
            return "estimate", prev
        return "estimate", year
    if base and quantity.is_rate and (cue is None or cue[1] in (None, year, prev)):
        # 比1980年预计增长5.5%: a growth rate over the year before the figure's year
        fig = int(base[-1]) + 1
        kind = "target" if year is None or fig >= year else "outcome"
        if cue is not None:
            kind = cue[0]
        return kind, fig
    if "实际" in local:
        return "outcome", cue[1] if cue and cue[0] == "outcome" else prev
    if _LOCAL_TARGET.search(_NOT_A_CUE.sub("", local)) and not re.search(r"达到|实现", local):
        if cue is not None:
            return "target", cue[1] if cue[0] == "target" else cue[1]
        return "target", year
    if _TARGET_ONLY_QUALIFIER.search(qualifier):
        return "target", cue[1] if cue and cue[0] == "target" else year
    if cue is not None:
        return cue
    if ctx.paragraph_cue is not None and not (ctx.section in ("review", "five_review") and ctx.paragraph_cue[0] == "target"):
        return ctx.paragraph_cue  # 过去一年… in a plan section is about the past; 为今年… in a review is not a plan
    if ctx.section == "five_review":
        return None  # a five-year review: only figures whose year is named
    if ctx.section == "review":
        return "outcome", prev
    if ctx.target_list:
        return "target", year
    if ctx.section == "plan":
        return "target", year
    if ctx.document_cue is not None:
        return ctx.document_cue
    if _TARGET_CUE.search(before):
        return "target", year
    if _OUTCOME_CUE.search(before):
        return "outcome", prev
    return None


def _qualifier(prefix: str, quantity: _Quantity, after: str) -> str:
    words = _PREFIX_QUALIFIERS.findall(prefix)
    if quantity.many:
        words.append("多")
    m = _SUFFIX_QUALIFIER.match(after)
    if m:
        words.append(m.group(1))
    return "+".join(words)


def _assign_respectively(n: str, mentions, quantities) -> dict[int, list[_Quantity]]:
    """分别: 城镇…10493元，农村…3255元，扣除价格因素，分别增长9.6%和6.2% -> one figure per mention, in order."""
    out: dict[int, list[_Quantity]] = {}
    for m in re.finditer("分别", n):
        listed = []
        for q in quantities:
            if q.start < m.end():
                continue
            gap = n[listed[-1].end if listed else m.end(): q.start]
            if listed and not re.fullmatch(r"(?:左右|以上|以内)?[和、及与]", gap):
                break
            if not listed and len(gap) > 12:
                break
            listed.append(q)
        if len(listed) < 2:
            continue
        # the mentions just before 分别 that have no figure of their own
        before: list[int] = []
        for i in range(len(mentions) - 1, -1, -1):
            if mentions[i][1] > m.start():
                continue
            stop = mentions[i + 1][0] if i + 1 < len(mentions) and mentions[i + 1][0] < m.start() else m.start()
            if any(mentions[i][1] <= q.start < stop and q.is_rate == listed[0].is_rate for q in quantities) and before:
                break
            before.insert(0, i)
            if len(before) == len(listed):
                break
        if len(before) < len(listed):
            continue
        for i, q in zip(before[-len(listed):], listed):
            out.setdefault(i, []).append(q)
    return out


def _sentence_rows(s: str, paragraph: int, vocab: Vocabulary, ctx: _Context) -> list[dict]:
    n = _normalise(s)
    rows: list[dict] = []
    year = ctx.year
    sync = _SYNC.search(n) if "居民人均可支配收入" in vocab.indicators else None
    if sync:
        kind_year = _kind_and_year(n[: sync.start()], n[: sync.start()], _Quantity(0, 0, 0, math.nan, "%", False), "", ctx)
        if kind_year and kind_year[0] == "target" and (year is None or kind_year[1] == year):
            rows.append(_row("居民人均可支配收入", math.nan, math.nan, "", sync.group(1), "target", kind_year[1], s, paragraph))
    mentions = _mentions(n, vocab)
    if not mentions or _FIVE_YEAR.search(n):
        return rows
    if year is not None and any(int(y) > year + 1 for y in _FUTURE_YEAR.findall(n)):
        return rows  # 到1985年…: a plan for a later year
    if year is not None and any(int(y) + 1 < year - 1 for y in _BASE_YEAR.findall(n)) and not any(
        int(y) in (year - 1, year) for y in _NAMED_YEAR.findall(n)
    ):
        return rows  # 比1980年增长1.6倍: a comparison over several years
    quantities = _quantities(n)
    respectively = _assign_respectively(n, mentions, quantities)
    taken = {id(q) for qs in respectively.values() for q in qs}
    previous_mention_end = 0
    for i, (start, end, name, variant) in enumerate(mentions):
        if name is None:
            continue
        indicator = vocab.indicators[name]
        stop = mentions[i + 1][0] if i + 1 < len(mentions) else len(n)
        own = [q for q in quantities if end <= q.start < stop and id(q) not in taken]
        # 国民收入和国家财政收入都比上年增长12%: a mention joined to the next one shares its figures
        if not own and i not in respectively and i + 1 < len(mentions) and n[end:stop].strip() in ("和", "与", "、", "及", "以及"):
            nxt_stop = mentions[i + 2][0] if i + 2 < len(mentions) else len(n)
            own = [q for q in quantities if mentions[i + 1][1] <= q.start < nxt_stop]
        own = sorted(own + respectively.get(i, []), key=lambda q: q.start)
        if name == "农村贫困人口减少":
            # 完成1000万以上农村贫困人口脱贫任务: the figure stands before the mention
            lead_q = [q for q in quantities if q.end <= start and re.fullmatch(r"(?:以上|左右)?(?:农村)?", n[q.end:start])]
            if lead_q and re.search(r"^(?:以上|左右)?(?:农村)?贫困人口脱贫", n[lead_q[-1].end:]):
                own = lead_q[-1:] + own
        cut = max(n.rfind("，", 0, start), n.rfind("：", 0, start), n.rfind("；", 0, start), 0)
        lead = n[cut:start]
        multi_lead = n[max(previous_mention_end, n.rfind("；", 0, start)):start]
        previous_mention_end = end
        if _MULTI_YEAR.search(multi_lead) or re.match(r"的\d", n[end:]):
            continue
        seen: set[tuple[str, str]] = set()
        previous_end = end  # end of the previous figure of this mention, read or not
        kind_start = cut  # where the wording that decides the kind of the next figure starts
        skipped_previous = False
        for q in own:
            first = kind_start == cut
            if q.start < end:  # a figure before the mention (poverty)
                local, bridge = n[cut:q.start], ""
            elif i in respectively and q in respectively[i]:
                local, bridge = n[previous_end:q.start], ""
            else:
                local, bridge = n[previous_end:q.start], n[end:q.start]
            kind_text = n[kind_start:q.start] if q.start > kind_start else local
            joined = skipped_previous and re.fullmatch(r"[、和及]", local) is not None
            previous_end = max(previous_end, q.end)
            skipped_previous = True
            if joined or len(bridge) > 60 or _MULTI_YEAR.search(local):
                continue
            if q.unit not in indicator.units or (variant == "粮食" and q.is_rate and ("outcome", "level") not in seen):
                continue
            if "，" in local and bridge:
                clause = _SAME_SUBJECT.sub("", local[local.rfind("，"):])
                if name == "粮食产量":
                    clause = re.sub(r"^，(?:(?:19|20)\d\d年)?(?:总)?产量", "", clause)
                if _OTHER_SUBJECT.search(clause):
                    break  # the clause has moved on to another subject
            tail = local.rstrip()
            if not q.is_rate and name not in _COUNT_INDICATORS and _INCREMENT.search(tail):
                continue
            if _START.search(tail) or (q.is_rate and _FULFILMENT.search(tail)):
                continue
            after = n[q.end:]
            if re.match(r"(?:左右|以上|以内)?的(?!水平)|(?:左右|以上)?(?:镇|县|企业|项目|家|个)", after):
                continue  # 8%的预定目标, 超千亿元镇: the figure describes something else
            if name == "农村贫困人口减少" and not re.search(r"减少|脱贫", n[cut:]):
                continue
            base = _BASE_YEAR.findall(local)
            if base and year is not None and q.is_rate and int(base[-1]) + 1 not in (year - 1, year, year + 1):
                continue
            prefix = lead + local if first else local
            qualifier = _qualifier(prefix[prefix.rfind("，") + 1:] if "，" in prefix[1:] else prefix, q, after)
            kind_year = _kind_and_year(n[: q.start], kind_text, q, qualifier, ctx)
            if kind_year is None:
                continue
            kind, fig_year = kind_year
            if year is not None and fig_year is not None:
                if kind == "outcome" and not (year - 2 <= fig_year <= year - 1):
                    continue
                if kind == "outcome" and fig_year == year - 2 and year > 1983:
                    continue
                if kind == "target" and not (year - 1 <= fig_year <= year + 1):
                    continue
                if kind == "estimate" and fig_year not in (year - 1, year):
                    continue
            key = (kind, "rate" if q.is_rate else "level")
            if key in seen:
                continue
            seen.add(key)
            skipped_previous = False
            kind_start = q.end
            if kind == "target":
                qualifier = "+".join(w for w in qualifier.split("+") if w not in ("接近", "超过", "突破", "多"))
            rows.append(_row(name, q.value, q.high, q.unit, qualifier, kind, fig_year, s, paragraph))
    return rows


def _row(indicator, value, high, unit, qualifier, kind, year, sentence, paragraph) -> dict:
    return {
        "indicator": indicator, "value": float(value), "value_high": float(high), "unit": unit,
        "qualifier": qualifier, "kind": kind, "year": year, "sentence": sentence, "paragraph": paragraph,
    }


_TARGET_LIST = re.compile(r"(?:预期目标|主要目标|调控目标)[^。，]{0,6}[：:]")


def extract_targets(
    text_or_document: Any,
    *,
    year: int | None = None,
    indicators: Vocabulary | str | Path | None = None,
    all_statements: bool = False,
):
    """Quantitative targets and outcomes of one work report, one row per statement.

    Args:
        text_or_document: raw text (cleaned inside) or a :class:`textlab.corpus.Document`.
        year: the report year; default the document's ``meta["year"]``, else read from the text
            (a ``2024年工作回顾`` heading means 2025, or a title ``2025年…政府工作报告``).
        indicators: a vocabulary from :func:`load_indicators` or a path to one (default the
            packaged ``resources/indicators.txt``).
        all_statements: keep restatements too (default: only the first statement per indicator,
            unit, year and kind, the one where the figure is set or reported).

    Returns:
        A DataFrame with columns ``TARGET_COLUMNS``: ``indicator``, ``value`` (float; NaN for a
        同步 target), ``value_high`` (a range's upper end, else NaN), ``unit``, ``qualifier``,
        ``kind`` (target, outcome or estimate), ``year`` (Int64: the year the figure refers to),
        ``sentence`` (the cleaned sentence) and ``paragraph`` (index among the cleaned paragraphs).

    >>> t = extract_targets("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。", year=2025)
    >>> t[["indicator", "value", "unit", "qualifier", "kind", "year"]].values.tolist()
    [['国内生产总值', 5.0, '%', '左右', 'target', 2025], ['城镇新增就业', 1200.0, '万人', '以上', 'target', 2025]]
    """
    from textlab.cleaning import clean
    from textlab.outline import paragraphs

    text, year = _source_text_and_year(text_or_document, year)
    vocab = indicators if isinstance(indicators, Vocabulary) else load_indicators(indicators)
    paras = paragraphs(clean(text))
    return _extract(paras, None, year, vocab, all_statements, None)


def targets_from_units(
    units,
    *,
    year: int | None = None,
    indicators: Vocabulary | str | Path | None = None,
    all_statements: bool = False,
    labels: tuple[str, ...] | None = None,
):
    """:func:`extract_targets` on one document's unit table, without parsing the text again.

    ``units`` is the unit table of one document (``textlab.units.parse_document``, or the rows of
    one document of ``sentences.csv`` / ``Analysis.units``): its paragraphs and sentences are used
    as they are (columns ``paragraph``, ``sentence``, ``text``). The result is the table
    ``extract_targets`` gives for the same document.

    Args:
        year: the report year; default the table's ``year`` column, else read from the text.
        labels: when given and the table has a ``label`` column, only sentences with one of these
            labels (e.g. ``("measure", "achievement")``) yield rows; the other sentences still
            set the context (section, 今年 / 去年).
        indicators, all_statements: as for :func:`extract_targets`.
    """
    import pandas as pd

    missing = [c for c in ("paragraph", "sentence", "text") if c not in getattr(units, "columns", ())]
    if missing:
        raise ValueError(f"targets_from_units: the unit table lacks the columns {missing}")
    if "document" in units.columns and units["document"].nunique() > 1:
        raise ValueError(f"targets_from_units: the table holds {units['document'].nunique()} documents; pass one at a time")
    vocab = indicators if isinstance(indicators, Vocabulary) else load_indicators(indicators)
    if year is None and "year" in units.columns and len(units):
        known = units["year"].dropna()
        year = int(known.iloc[0]) if len(known) else None
    table = units.sort_values(["paragraph", "sentence"], kind="stable")
    numbers = table["paragraph"].astype(int).tolist()
    texts = table["text"].astype(str).tolist()
    paras: list[str] = []
    sents: list[list[str]] = []
    index_of: dict[int, int] = {}
    for number, text in zip(numbers, texts):
        if number not in index_of:
            index_of[number] = len(paras)
            paras.append("")
            sents.append([])
        paras[index_of[number]] += text
        sents[index_of[number]].append(text)
    keep = None
    if labels is not None and "label" in table.columns:
        sentence_numbers = table["sentence"].astype(int).tolist()
        keep = {(index_of[p], j) for p, j, label in zip(numbers, sentence_numbers, table["label"].tolist()) if label in labels}
    frame = _extract(paras, sents, year, vocab, all_statements, keep)
    if len(frame) and list(index_of) != list(range(len(index_of))):  # the table's own paragraph numbers
        numbers_back = pd.Series(list(index_of), index=list(index_of.values()))
        frame["paragraph"] = frame["paragraph"].map(numbers_back).astype("int64")
    return frame


def _extract(paras: list[str], sents_of: list[list[str]] | None, year: int | None, vocab: Vocabulary,
             all_statements: bool, keep: set[tuple[int, int]] | None):
    """The rows of one document given as paragraphs (and, from a unit table, their sentences).

    ``keep``: the (paragraph, sentence) positions that may yield rows (all when None).
    """
    import pandas as pd

    from textlab.outline import sentences

    if year is None:
        year = _infer_year(paras)
    sections = _sections(paras, year)
    ctx = _Context(year)
    rows: list[dict] = []
    for index, para, merged in _merge_broken_lines(paras):
        ctx.section = sections[index]
        ctx.paragraph_cue = None
        ctx.target_list = False
        if ctx.section is not None:
            ctx.document_cue = None
        sents = sentences(para) if sents_of is None or merged else sents_of[index]
        if sents and _FIVE_YEAR_PARAGRAPH.search(_normalise(sents[0])):
            continue  # a paragraph about a five-year period
        for position, sent in enumerate(sents):
            n = _normalise(sent)
            if keep is None or merged or (index, position) in keep:
                found = _sentence_rows(sent, index, vocab, ctx)
                if ctx.section != "five":
                    rows.extend(found)
                else:
                    rows.extend(r for r in found if r["kind"] != "target")
            cue = _strong_cue(n, year)
            if cue is not None and (year is None or cue[1] in (year - 1, year)):
                ctx.paragraph_cue = cue
                ctx.document_cue = cue
            if _TARGET_LIST.search(n):
                ctx.target_list = True
    frame = pd.DataFrame.from_records(rows, columns=TARGET_COLUMNS)
    if not all_statements and len(frame):
        frame = frame.drop_duplicates(subset=["indicator", "unit", "year", "kind"], keep="first")
    frame = frame.reset_index(drop=True)
    frame["value"] = frame["value"].astype("float64")
    frame["value_high"] = frame["value_high"].astype("float64")
    frame["year"] = frame["year"].astype("Int64")
    frame["paragraph"] = frame["paragraph"].astype("int64")
    for column in ("indicator", "unit", "qualifier", "kind", "sentence"):
        frame[column] = frame[column].astype(object)
    return frame


# --------------------------------------------------------------------------- tracking

_CONVERT = {
    "万吨": ("grain", 1e4 * 2000), "亿吨": ("grain", 1e8 * 2000), "亿公斤": ("grain", 1e8 * 2),
    "亿斤": ("grain", 1e8), "万亿斤": ("grain", 1e12),
    "元": ("yuan", 1.0), "亿元": ("yuan", 1e8), "万亿元": ("yuan", 1e12), "万元": ("yuan", 1e4),
    "亿美元": ("usd", 1e8), "万亿美元": ("usd", 1e12),
    "万": ("people", 1e4), "万人": ("people", 1e4),
    "%": ("rate", 1.0),
}


def convert_unit(value: float, unit: str, target_unit: str) -> float | None:
    """``value`` in ``unit`` expressed in ``target_unit``, or None when they measure different things."""
    a, b = _CONVERT.get(unit), _CONVERT.get(target_unit)
    if unit == target_unit:
        return value
    if a is None or b is None or a[0] != b[0]:
        return None
    return value * a[1] / b[1]


_LOWER_BOUND = ("超过", "突破", "多", "以上")


def judge(rule: str, qualifier: str, target: float, target_high: float, unit: str, outcome: float,
          outcome_qualifier: str = "", reference: float = math.nan) -> str:
    """Status of one target: ``met``, ``missed`` or ``not reported`` (see the module's rules).

    ``reference`` is GDP growth, for a 同步 target. ``outcome_qualifier`` marks a lower bound.

    >>> judge("ceiling", "左右", 3, float("nan"), "%", 3.3)
    'missed'
    >>> judge("floor", "左右", 7.5, float("nan"), "%", 7.4)
    'met'
    >>> judge("floor", "以上", 1000, float("nan"), "万人", 1312)
    'met'
    """
    words = set(qualifier.split("+")) if qualifier else set()
    if words & {"同步", "基本同步"}:
        if math.isnan(outcome) or math.isnan(reference):
            return "not reported"
        return "met" if outcome >= reference - SYNC_TOLERANCE else "missed"
    if math.isnan(outcome) or math.isnan(target):
        return "not reported"
    lower_bound = bool(set(outcome_qualifier.split("+")) & set(_LOWER_BOUND)) if outcome_qualifier else False
    has_range = not math.isnan(target_high)
    if rule == "ceiling":
        limit = target_high if has_range else target
        if lower_bound:
            return "missed" if outcome > limit else "not reported"
        return "met" if outcome <= limit else "missed"
    if rule == "band":
        if lower_bound:
            return "not reported"
        return "met" if abs(outcome - target) <= BAND_TOLERANCE else "missed"
    # floor (and a numeric income target under 'sync')
    threshold = target
    if not has_range and "左右" in words and not (words & {"以上", "不低于"}):
        threshold = target - POINT_TOLERANCE if unit == "%" else target * LEVEL_TOLERANCE
    if outcome >= threshold - 1e-9:
        return "met"
    return "not reported" if lower_bound else "missed"


def _as_table(source: Any):
    import pandas as pd

    if isinstance(source, pd.DataFrame):
        missing = [c for c in TARGET_COLUMNS if c not in source.columns]
        if missing:
            raise ValueError(f"track_targets: the table lacks the columns {missing} of extract_targets")
        return source
    return extract_targets(source)


def track_targets(earlier: Any, later: Any, *, indicators: Vocabulary | str | Path | None = None):
    """Each target of ``earlier`` matched to the outcome ``later`` reports for it.

    Args:
        earlier, later: two reports of one government in consecutive years: raw text, a
            Document, or a table from :func:`extract_targets`.
        indicators: the vocabulary (for each indicator's rule); default the packaged one.

    Returns:
        A DataFrame with columns ``TRACK_COLUMNS``: ``indicator``, ``year``, ``target``,
        ``target_high``, ``qualifier``, ``unit``, ``outcome`` (in the target's unit, NaN when not
        reported), ``status`` (met, missed, not reported), ``target_sentence``, ``outcome_sentence``.
    """
    import pandas as pd

    vocab = indicators if isinstance(indicators, Vocabulary) else load_indicators(indicators)
    targets = _as_table(earlier)
    outcomes = _as_table(later)
    targets = targets[targets["kind"] == "target"]
    # outcomes first; a 预计 estimate of the same year only when no outcome is given
    outcomes = outcomes[outcomes["kind"].isin(["outcome", "estimate"])]
    outcomes = outcomes.assign(_order=(outcomes["kind"] != "outcome").astype(int)).sort_values("_order", kind="stable")
    rows = []
    for t in targets.itertuples(index=False):
        info = vocab.indicators.get(t.indicator)
        rule = info.rule if info else "floor"
        words = set(t.qualifier.split("+")) if t.qualifier else set()
        # the outcome for the target's year; with no year known (a text with no date), any year
        same_year = outcomes[outcomes["year"] == t.year] if not pd.isna(t.year) else outcomes
        outcome, outcome_sentence, outcome_qualifier, reference = math.nan, "", "", math.nan
        gdp = same_year[(same_year["indicator"] == "国内生产总值") & (same_year["unit"] == "%")]
        if words & {"同步", "基本同步"}:
            income = same_year[(same_year["indicator"] == "居民人均可支配收入") & (same_year["unit"] == "%")]
            if len(income):
                outcome, outcome_sentence = float(income["value"].iloc[0]), income["sentence"].iloc[0]
                outcome_qualifier = income["qualifier"].iloc[0]
            if len(gdp):
                reference = float(gdp["value"].iloc[0])
            status = judge("sync", t.qualifier, t.value, t.value_high, t.unit, outcome, outcome_qualifier, reference)
        else:
            candidates = same_year[same_year["indicator"] == t.indicator]
            if not len(candidates) and t.indicator == "国民生产总值":
                candidates = same_year[same_year["indicator"] == "国内生产总值"]  # proxy
            for o in candidates.itertuples(index=False):
                converted = convert_unit(o.value, o.unit, t.unit)
                if converted is not None:
                    outcome, outcome_sentence, outcome_qualifier = converted, o.sentence, o.qualifier
                    break
            status = judge(rule, t.qualifier, t.value, t.value_high, t.unit, outcome, outcome_qualifier)
        rows.append({
            "indicator": t.indicator, "year": t.year, "target": t.value, "target_high": t.value_high,
            "qualifier": t.qualifier, "unit": t.unit, "outcome": outcome, "status": status,
            "target_sentence": t.sentence, "outcome_sentence": outcome_sentence,
        })
    frame = pd.DataFrame.from_records(rows, columns=TRACK_COLUMNS)
    frame["year"] = frame["year"].astype("Int64")
    for column in ("target", "target_high", "outcome"):
        frame[column] = frame[column].astype("float64")
    return frame
