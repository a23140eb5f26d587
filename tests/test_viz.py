"""Tests for textlab.viz: bundled CJK font, plots on seed data, visible replacement of missing glyphs."""

from __future__ import annotations

import base64
import collections
import re
import subprocess
import sys
import unicodedata
import warnings
from pathlib import Path

import matplotlib
import numpy as np
import opencc
import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font

from textlab import viz

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PARTY = sorted((SEEDS / "party_building").glob("*.txt"))
REPORTS = sorted((SEEDS / "gov_reports" / "national_gwr_wikisource").glob("*.txt"))
RARE = "\U00020000"  # 𠀀, CJK Extension B: in neither the bundled font nor DejaVu Sans
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
STOP = set("我们 进一步 一是 二是 三是 四是 五是 同志 工作 以及 通过 坚持 加强 推进 开展 全面 不断".split())


def t2s(text: str) -> str:
    return opencc.OpenCC("t2s").convert(text)


@pytest.fixture(scope="module")
def word_counts() -> collections.Counter:
    """Word counts of the party-building seeds (t2s), from a private jieba tokenizer."""
    import jieba

    tokenizer = jieba.Tokenizer()
    counts: collections.Counter = collections.Counter()
    for path in PARTY:
        for word in tokenizer.lcut(t2s(path.read_text(encoding="utf-8"))):
            if len(word) >= 2 and re.fullmatch(r"[\u4e00-\u9fff]+", word) and word not in STOP:
                counts[word] += 1
    return counts


@pytest.fixture(scope="module")
def ranked_words(word_counts) -> list[tuple[str, float]]:
    total = sum(word_counts.values())
    ranked = sorted(word_counts.items(), key=lambda wc: (-wc[1], wc[0]))
    return [(w, c / total) for w, c in ranked[:80]]


@pytest.fixture(scope="module")
def topics(ranked_words) -> list[list[tuple[str, float]]]:
    return [ranked_words[i::6][:8] for i in range(6)]


@pytest.fixture(scope="module")
def titles() -> list[str]:
    """Raw first lines of the party-building seeds (one in traditional characters) and report names."""
    firsts = [p.read_text(encoding="utf-8").strip().splitlines()[0].strip() for p in PARTY]
    return firsts + [p.stem for p in REPORTS[-5:]]


def render(fig: Figure) -> bytes:
    """PNG bytes; any matplotlib warning (e.g. 'Glyph … missing from font') fails the test."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return viz.figure_to_png_bytes(fig)


def texts_of(fig: Figure) -> list[str]:
    from matplotlib.text import Text

    return [t.get_text() for t in fig.findobj(Text) if t.get_text()]


def assert_drawn_with_bundled_font(fig: Figure) -> None:
    from matplotlib.text import Text

    bundled = str(viz.cjk_font_path())
    for text in fig.findobj(Text):
        if text.get_text():
            first = viz._fonts_for(text.get_fontproperties())[0][0]
            assert Path(first) == Path(bundled), (text.get_text(), first)


# --------------------------------------------------------------------------- the font


def test_font_file_is_bundled_small_renamed_and_licensed():
    path = viz.cjk_font_path()
    assert path.is_file() and path.parent.name == "fonts"
    assert path.stat().st_size < 8_000_000  # URO + Extension A, CFF outlines: 6.8 MB (README)
    family = FT2Font(str(path)).family_name
    assert family == viz.cjk_font_family() == "Textlab Sans CJK SC"
    assert "Source" not in family and "Noto" not in family  # Reserved Font Name 'Source'; see README
    licence = (path.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Reserved Font Name 'Source'" in licence
    readme = (path.parent / "README.md").read_text(encoding="utf-8")
    assert "fonts-noto-cjk" in readme and "build_font_subset.py" in readme
    assert viz.font_families() == [family, "DejaVu Sans"]


def test_font_covers_gb2312_and_every_seed_character():
    bundled = set(FT2Font(str(viz.cjk_font_path())).get_charmap())
    dejavu = set(FT2Font(str(Path(matplotlib.get_data_path()) / "fonts/ttf/DejaVuSans.ttf")).get_charmap())
    gb2312 = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                gb2312.add(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    assert len(gb2312) == 7445
    assert not sorted(c for c in gb2312 if ord(c) not in bundled)

    seed_chars: set[str] = set()
    for path in sorted(p for p in SEEDS.rglob("*") if p.is_file()):
        seed_chars |= set(t2s(path.read_text(encoding="utf-8")))
    seed_chars = {c for c in seed_chars if unicodedata.category(c) != "Cc"}
    # Two compatibility punctuation forms occur only in two city reports of seeds/city_reports (copies
    # the classifier's weak labels come from, added after the font was built): U+FE52 small full stop
    # and U+FF65 halfwidth middle dot. Neither font draws them; every other seed character is drawn.
    uncovered = {c for c in seed_chars if ord(c) not in bundled | dejavu}
    assert uncovered <= {"\ufe52", "\uff65"}
    for c in uncovered:
        assert all(c not in p.read_text(encoding="utf-8") for p in SEEDS.rglob("*.txt") if p.parent.name != "city_reports")
    seed_chars -= uncovered
    assert len(seed_chars) > 3000
    han = {c for c in seed_chars if unicodedata.name(c, "").startswith("CJK")}
    assert not sorted(c for c in han if ord(c) not in bundled)  # every Chinese character from our font
    # the rest (e.g. ‱, zero-width spaces: not in Noto Sans CJK) is drawn by the DejaVu fallback
    assert not sorted(c for c in seed_chars if ord(c) not in bundled | dejavu)
    assert {"℃", "№", "‰", "×", "①", "⑳", "→", "•", "—", "…", "−", "，", "。", "《", "》"} <= {
        chr(cp) for cp in bundled
    }


def test_registration_is_in_memory_and_idempotent():
    from matplotlib import font_manager

    viz.cjk_font_family()
    viz.cjk_font_family()
    ours = [f for f in font_manager.fontManager.ttflist if Path(f.fname) == viz.cjk_font_path()]
    assert len(ours) == 1
    assert ours[0].name == "Textlab Sans CJK SC"


# --------------------------------------------------------------------------- plots on seed data


def test_plot_top_words(topics):
    labels = ["·".join(w for w, _ in words[:2]) for words in topics]
    fig = viz.plot_top_words(topics, labels=labels, n_cols=3, title="主题高频词 Top words per topic")
    assert isinstance(fig, Figure)
    assert len([ax for ax in fig.axes if ax.axison]) == 6
    first_panel = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert first_panel == [w for w, _ in topics[0]]
    assert render(fig).startswith(PNG_MAGIC)
    assert_drawn_with_bundled_font(fig)


def test_plot_heatmap_document_topics(titles):
    rng = np.random.default_rng(0)
    matrix = rng.dirichlet(np.ones(6), size=len(titles))
    cols = [f"T{i} 基层治理" for i in range(6)]
    fig = viz.plot_heatmap(matrix, row_labels=titles, col_labels=cols, title="文档-主题分布", annotate=True)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == titles  # traditional title included
    assert f"{matrix[0, 0]:.2f}" in texts_of(fig)
    assert render(fig).startswith(PNG_MAGIC)
    assert_drawn_with_bundled_font(fig)
    with pytest.raises(ValueError, match="column labels"):
        viz.plot_heatmap(matrix, row_labels=titles, col_labels=cols[:-1])


def test_plot_confusion_matrix_normalizes_rows_and_uses_chinese_names():
    counts = [[50, 5, 10, 5], [4, 20, 4, 2], [6, 2, 80, 2], [3, 1, 4, 30]]
    fig = viz.plot_confusion_matrix(counts, list(viz.LABELS), normalize=True, title="混淆矩阵")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["成绩", "问题", "措施", "其他"]
    assert np.allclose(np.asarray(ax.images[0].get_array()).sum(axis=1), 1.0)
    assert ax.get_xlabel().startswith("预测") and ax.get_ylabel().startswith("真实")
    assert render(fig).startswith(PNG_MAGIC)
    raw = viz.plot_confusion_matrix(counts, list(viz.LABELS))
    assert "80" in texts_of(raw)


def test_plot_prevalence_line_and_area(topics):
    years = [int(p.name[:4]) for p in REPORTS]
    rng = np.random.default_rng(1)
    table = pd.DataFrame(
        rng.dirichlet(np.ones(len(topics)), size=len(years)),
        index=pd.Index(years, name="年份"),
        columns=[f"T{i} {words[0][0]}" for i, words in enumerate(topics)],
    )
    for kind in ("line", "area"):
        fig = viz.plot_prevalence(table, title="主题随年份变化", kind=kind)
        legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
        assert sorted(legend) == sorted(table.columns)
        assert render(fig).startswith(PNG_MAGIC)
        assert_drawn_with_bundled_font(fig)
    with pytest.raises(ValueError, match="kind"):
        viz.plot_prevalence(table, kind="bar")


def test_plot_k_sweep_panels_and_chosen_k():
    ks = [5, 10, 15, 20, 25]
    table = pd.DataFrame(
        [{"k": k, "seed": s, "c_v": 0.40 + 0.01 * s + k / 500, "u_mass": -2.0 - k / 50, "diversity": 1 - k / 60}
         for k in ks for s in range(2)]
    )
    fig = viz.plot_k_sweep(table, chosen_k=15)
    titles = [ax.get_title() for ax in fig.axes]
    assert titles == [viz.METRIC_NAMES["c_v"], viz.METRIC_NAMES["u_mass"], viz.METRIC_NAMES["diversity"]]
    assert "15" in fig.get_suptitle()
    assert render(fig).startswith(PNG_MAGIC)
    with pytest.raises(ValueError, match="c_npmi"):
        viz.plot_k_sweep(table, metrics=("c_v", "c_npmi"))


def test_plot_label_distribution_counts_and_shares(titles):
    rng = np.random.default_rng(2)
    counts = pd.DataFrame(rng.integers(0, 30, size=(len(titles), 4)), index=titles, columns=list(viz.LABELS))
    fig = viz.plot_label_distribution(counts, title="各文档段落功能分布")
    ax = fig.axes[0]
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == [f"{viz.LABEL_NAMES[lab]} {lab}" for lab in viz.LABELS]
    bar_colors = {matplotlib.colors.to_hex(c.patches[0].get_facecolor()) for c in ax.containers}
    assert bar_colors == {c.lower() for c in viz.LABEL_COLORS.values()}
    assert ax.get_xlabel().startswith("段落数")
    assert render(fig).startswith(PNG_MAGIC)
    shares = viz.plot_label_distribution(counts, normalize=True)
    assert shares.axes[0].get_xlabel().startswith("段落占比")
    widths = sum(np.array([p.get_width() for p in c.patches]) for c in shares.axes[0].containers)
    assert np.allclose(widths[counts.sum(axis=1).to_numpy() > 0], 1.0)
    with pytest.raises(ValueError, match="not labels"):
        viz.plot_label_distribution(counts.rename(columns={"other": "chrome"}))


def _shares(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(rng.dirichlet(np.ones(4), size=n), columns=list(viz.LABELS))


def test_plot_label_distribution_names_its_axis():
    fig = viz.plot_label_distribution(_shares(3), xlabel="字数占比 share of characters")
    assert fig.axes[0].get_xlabel() == "字数占比 share of characters"


def test_plot_label_trend_stacks_shares_at_their_years():
    shares = _shares(5).set_axis([1954, 1956, 1957, 2000, 2025])
    counts = pd.Series([1, 2, 1, 4, 33], index=shares.index)
    fig = viz.plot_label_trend(shares, counts=counts, title="功能占比随年份")
    strip, ax = fig.axes
    assert [bar.get_height() for bar in strip.patches] == [1, 2, 1, 4, 33]
    assert [bar.get_x() + bar.get_width() / 2 for bar in ax.containers[0]] == pytest.approx([1954, 1956, 1957, 2000, 2025])
    tops = sum(np.array([bar.get_height() for bar in c]) for c in ax.containers)
    assert np.allclose(tops, 1.0)
    colours = [matplotlib.colors.to_hex(c.patches[0].get_facecolor()) for c in ax.containers]
    assert colours == [viz.LABEL_COLORS[lab].lower() for lab in viz.LABELS]
    assert render(fig).startswith(PNG_MAGIC)
    assert len(viz.plot_label_trend(shares).axes) == 1
    with pytest.raises(ValueError, match="shares"):
        viz.plot_label_trend(shares * 3)


def test_plot_share_distribution_has_one_box_per_label_and_a_fixed_size():
    few, many = _shares(8), _shares(4000, seed=1)
    fig = viz.plot_share_distribution(many)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == [f"{viz.LABEL_NAMES[lab]} {lab}" for lab in viz.LABELS]
    means = [line.get_xdata()[0] for line in ax.lines if line.get_marker() == "D"]
    assert means == pytest.approx(many.mean().tolist())
    assert viz.plot_share_distribution(many, title="功能占比分布").axes[0].get_title() == "功能占比分布"
    assert tuple(fig.get_size_inches()) == tuple(viz.plot_share_distribution(few).get_size_inches())
    assert render(fig).startswith(PNG_MAGIC)


def test_plot_keyword_panels_one_panel_per_document(ranked_words):
    panels = [(f"{i + 1}. 文档{i}", ranked_words[i * 5:i * 5 + 12]) for i in range(6)] + [("7. 空文档", [])]
    fig = viz.plot_keyword_panels(panels, top_k=8, n_cols=4, title="各文档关键词")
    titled = [ax for ax in fig.axes if ax.get_title(loc="left")]
    assert [ax.get_title(loc="left") for ax in titled] == [name for name, _ in panels]
    first = [t.get_text() for t in titled[0].get_yticklabels()]
    assert first == [w for w, _ in ranked_words[0:8]]
    assert "（无关键词 none）" in texts_of(fig)
    assert render(fig).startswith(PNG_MAGIC)
    assert_drawn_with_bundled_font(fig)
    with pytest.raises(ValueError):
        viz.plot_keyword_panels([])


def test_plot_prevalence_draws_the_other_topics_in_grey():
    table = pd.DataFrame({"T0 党建": [0.5, 0.4], "T1 经济": [0.3, 0.3], "其他 8 other topics": [0.2, 0.3]}, index=[2023, 2024])
    fig = viz.plot_prevalence(table, kind="area", other="其他 8 other topics")
    colours = [matplotlib.colors.to_hex(c.get_facecolor()[0]) for c in fig.axes[0].collections]
    assert colours[2] == "#d9d9d9" and "#d9d9d9" not in colours[:2]
    with pytest.raises(ValueError, match="not a column"):
        viz.plot_prevalence(table, other="T9")


def test_palette_png_is_smaller_and_indexed(ranked_words):
    from PIL import Image
    import io

    fig = viz.plot_keywords(ranked_words, title="关键词")
    full, indexed = viz.figure_to_png_bytes(fig), viz.figure_to_png_bytes(fig, palette=True)
    assert indexed.startswith(PNG_MAGIC) and len(indexed) < 0.7 * len(full)
    with Image.open(io.BytesIO(indexed)) as image, Image.open(io.BytesIO(full)) as original:
        assert image.mode == "P" and image.size == original.size
    assert viz.figure_to_png_bytes(fig, palette=True) == indexed  # deterministic


def test_plot_keywords_orders_and_limits(ranked_words):
    fig = viz.plot_keywords(ranked_words, title="关键词 · 基层党建", top_k=15)
    shown = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert shown == [w for w, _ in ranked_words[:15]]
    reordered = viz.plot_keywords(ranked_words[::-1], top_k=15)  # input order does not matter
    widths = [bar.get_width() for bar in reordered.axes[0].patches]
    assert widths == sorted(widths, reverse=True) == [s for _, s in ranked_words[:15]]
    assert render(fig).startswith(PNG_MAGIC)
    assert_drawn_with_bundled_font(fig)
    with pytest.raises(ValueError):
        viz.plot_keywords([])


def test_plot_keywords_title_stays_inside_the_figure(ranked_words):
    long_title = "关键词 · 在全省深化基层党建推城市动治工作推进会上的汇报发言"  # as report.py makes it
    for title in (long_title, long_title * 3):
        fig = viz.plot_keywords(ranked_words[:5], title=title)
        renderer = fig.canvas.get_renderer()
        fig.draw(renderer)
        box = fig.axes[0].title.get_window_extent(renderer)
        assert 0 <= box.x0 and box.x1 <= fig.bbox.x1, (title, box, fig.bbox)
    assert fig.axes[0].get_title().endswith("…")
    assert viz.plot_keywords(ranked_words[:5], title=long_title).axes[0].get_title() == long_title


def test_label_mappings_cover_the_four_labels():
    assert viz.LABELS == ("achievement", "problem", "measure", "other")
    assert viz.LABEL_NAMES == {"achievement": "成绩", "problem": "问题", "measure": "措施", "other": "其他"}
    assert set(viz.LABEL_COLORS) == set(viz.LABELS) and len(set(viz.LABEL_COLORS.values())) == 4


# --------------------------------------------------------------------------- missing glyphs


def test_missing_glyph_is_replaced_before_matplotlib_warns(ranked_words, titles):
    cases = {
        "tick label": lambda: viz.plot_keywords([(f"基层{RARE}治理", 0.5), *ranked_words[:5]]),
        "title": lambda: viz.plot_keywords(ranked_words[:5], title=f"标题{RARE}"),
        "document name": lambda: viz.plot_label_distribution(
            pd.DataFrame([[1, 2, 3, 4]], index=[f"文档{RARE}"], columns=list(viz.LABELS))),
        "legend": lambda: viz.plot_prevalence(
            pd.DataFrame({f"T0 {RARE}": [0.5, 0.6], "T1 党建": [0.5, 0.4]}, index=[2023, 2024])),
    }
    for where, make in cases.items():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig = make()
            png = viz.figure_to_png_bytes(fig)  # a 'Glyph missing' UserWarning from matplotlib would be caught too
        assert png.startswith(PNG_MAGIC)
        assert [w.category for w in caught] == [viz.MissingGlyphWarning], (where, [str(w.message) for w in caught])
        assert "U+20000" in str(caught[0].message) and RARE in caught[0].message.missing
        shown = texts_of(fig)
        assert not any(RARE in t for t in shown) and any(viz.REPLACEMENT_CHARACTER in t for t in shown), where
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # strict: our error comes before any matplotlib warning
        with pytest.raises(viz.MissingGlyphError) as info:
            viz.plot_keywords([(f"基层{RARE}治理", 0.5), *ranked_words[:5]], strict=True)
        assert RARE in info.value.missing and "U+20000" in str(info.value)
        with pytest.raises(viz.MissingGlyphError, match="U\\+20000"):
            viz.plot_keywords(ranked_words[:5], title=f"标题{RARE}", strict=True)
    import inspect

    assert inspect.signature(viz.plot_keywords).parameters["strict"].default is False


def test_check_glyphs_on_a_users_figure():
    fig = Figure()
    with viz.style():
        ax = fig.add_subplot()
        ax.annotate(f"注{RARE}", (0.5, 0.5))
    with pytest.raises(viz.MissingGlyphError):
        viz.check_glyphs(fig, strict=True)
    assert texts_of(fig) == [f"注{RARE}"]  # strict leaves the figure as it was
    with pytest.warns(viz.MissingGlyphWarning, match="U\\+20000"):
        assert viz.check_glyphs(fig) == {RARE: [f"注{RARE}"]}
    assert "注〓" in texts_of(fig) and not any(RARE in t for t in texts_of(fig))
    fine = Figure()
    with viz.style():
        fine.add_subplot().set_title("（一）强化顶层设计 ℃ № ① ‰ 堃喆昇玥璟")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert viz.check_glyphs(fine, strict=True) == {}


# --------------------------------------------------------------------------- no global state


def _cache_listing() -> dict[str, tuple[int, int]]:
    cache = Path(matplotlib.get_cachedir())
    return {str(p.relative_to(cache)): (p.stat().st_size, p.stat().st_mtime_ns) for p in cache.rglob("*") if p.is_file()}


def test_plotting_leaves_rcparams_font_cache_and_installation_alone(topics, tmp_path):
    from matplotlib import font_manager

    font_manager.fontManager  # noqa: B018  (cache file exists before we start)
    params = {k: v for k, v in matplotlib.rcParams.items() if k != "backend"}
    cache = _cache_listing()
    mpl_fonts = sorted(p.name for p in (Path(matplotlib.get_data_path()) / "fonts" / "ttf").iterdir())
    matplotlibrc = Path(matplotlib.matplotlib_fname()).read_bytes()

    fig = viz.plot_top_words(topics, n_cols=3)
    viz.save_figure(fig, tmp_path / "top.png")
    viz.save_figure(fig, tmp_path / "top.pdf")
    viz.plot_heatmap([[1, 2], [3, 4]], row_labels=["甲", "乙"], col_labels=["丙", "丁"])

    assert {k: v for k, v in matplotlib.rcParams.items() if k != "backend"} == params
    assert matplotlib.rcParams["font.family"] != viz.font_families()
    assert _cache_listing() == cache
    assert sorted(p.name for p in (Path(matplotlib.get_data_path()) / "fonts" / "ttf").iterdir()) == mpl_fonts
    assert Path(matplotlib.matplotlib_fname()).read_bytes() == matplotlibrc


def test_fresh_process_needs_no_pyplot_and_no_display(tmp_path):
    code = (
        "import sys, matplotlib; from textlab import viz\n"
        "fig = viz.plot_keywords([('基层党建', 0.3), ('网格治理', 0.2)], title='关键词')\n"
        f"viz.save_figure(fig, {str(tmp_path / 'k.png')!r})\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
        "print(type(fig).__name__, fig._repr_png_()[:4])\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONHASHSEED": "1"}  # no DISPLAY, no MPLBACKEND
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "TextlabFigure b'\\x89PNG'" in result.stdout
    assert (tmp_path / "k.png").read_bytes().startswith(PNG_MAGIC)


# --------------------------------------------------------------------------- output helpers


def test_outputs_png_base64_pdf_and_are_deterministic(ranked_words, tmp_path):
    fig = viz.plot_keywords(ranked_words[:10], title="关键词")
    png = viz.figure_to_png_bytes(fig)
    assert base64.b64decode(viz.figure_to_base64(fig)) == png
    again = viz.figure_to_png_bytes(viz.plot_keywords(ranked_words[:10], title="关键词"))
    assert again == png
    pdf = viz.save_figure(fig, tmp_path / "sub" / "keywords.pdf").read_bytes()
    # the CFF font is embedded as Type 3 (matplotlib mislabels CFF as TrueType under Type 42), with a
    # ToUnicode map so the Chinese text can still be searched and copied
    assert b"TextlabSansCJKsc-Regular" in pdf and b"/Type3" in pdf and b"/ToUnicode" in pdf
    assert b"/FontFile2" not in pdf
