"""Tests for CJK coverage: the bundled font's character map, rare characters in figures, and the
web font that textlab.fonts embeds in report.html (checked on a real report of the seeds)."""

from __future__ import annotations

import base64
import html.parser
import io
import os
import re
import shutil
import unicodedata
import warnings
from pathlib import Path

import pytest
from fontTools.ttLib import TTCollection, TTFont

from textlab import fonts, viz
from textlab.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "party_building"
NAMES = "堃喆昇玥璟"  # given names the 0.1.0 subset lacked
EXT_B = "\U00020000\U0002A6D6"  # 𠀀 𪛖: CJK Extension B, in no font textlab ships
PRIVATE_USE = "\ue000"
UNASSIGNED = "\u0378"
URO = range(0x4E00, 0x9FFF + 1)
EXT_A = range(0x3400, 0x4DBF + 1)
# Noto Sans CJK SC 2.004 (Debian fonts-noto-cjk 1:20220127) has these two blocks up to Unicode 11
URO_IN_NOTO = range(0x4E00, 0x9FEF + 1)
EXT_A_IN_NOTO = range(0x3400, 0x4DB5 + 1)
# the source font, where fonts-noto-cjk is installed (or NOTO_CJK_TTC names an unpacked copy)
NOTO_TTC = Path(os.environ.get("NOTO_CJK_TTC", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"))
FONT_FACE = re.compile(r'@font-face\{font-family:"Textlab Sans CJK SC";src:url\(data:font/woff;base64,([A-Za-z0-9+/=]+)\)')


@pytest.fixture(scope="module")
def bundled_cmap() -> dict[int, str]:
    with TTFont(str(viz.cjk_font_path()), lazy=True) as font:
        return dict(font.getBestCmap())


def embedded_font(css: str) -> tuple[bytes, TTFont]:
    match = FONT_FACE.search(css)
    assert match, css[:200]
    data = base64.b64decode(match.group(1), validate=True)
    assert data[:4] == b"wOFF"
    return data, TTFont(io.BytesIO(data))


# --------------------------------------------------------------------------- the bundled font


def test_bundled_font_has_every_ideograph_of_uro_and_ext_a(bundled_cmap):
    assert all(ord(ch) in bundled_cmap for ch in NAMES)
    assert [hex(cp) for cp in URO_IN_NOTO if cp not in bundled_cmap] == []
    assert [hex(cp) for cp in EXT_A_IN_NOTO if cp not in bundled_cmap] == []
    assert sum(cp in bundled_cmap for cp in URO) == 20976
    assert sum(cp in bundled_cmap for cp in EXT_A) == 6582
    sample = "一丁龥鿯㐀㑇䶵" + "乂亍兀丌厶彳廾孑" + "喆堃璟玥昇燊珺旻晔钰"
    assert [ch for ch in sample if ord(ch) not in bundled_cmap] == []
    assert "\u3013" in {chr(cp) for cp in bundled_cmap}  # the replacement character viz draws


@pytest.mark.skipif(not NOTO_TTC.exists(), reason="fonts-noto-cjk not installed: the source font is absent")
def test_bundled_font_has_what_the_source_font_has_in_both_blocks(bundled_cmap):
    count = len(TTCollection(str(NOTO_TTC), lazy=True).fonts)
    source: dict[int, str] = {}
    for index in range(count):
        with TTFont(str(NOTO_TTC), fontNumber=index, lazy=True) as face:
            if face["name"].getDebugName(1) == "Noto Sans CJK SC":
                source = dict(face.getBestCmap())
    assert len(source) > 40000
    for block in (URO, EXT_A):
        assert [hex(cp) for cp in block if cp in source and cp not in bundled_cmap] == []


# --------------------------------------------------------------------------- figures


def test_rare_names_draw_with_the_bundled_font_and_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # neither our warning nor matplotlib's 'Glyph missing'
        fig = viz.plot_keywords([(f"张{NAMES[0]}", 0.4), ("王喆", 0.3), ("李昇 赵玥 陈璟", 0.2)],
                                title=f"{NAMES} 同志", strict=True)
        assert viz.check_glyphs(fig, strict=True) == {}
        assert viz.figure_to_png_bytes(fig)[:4] == b"\x89PNG"
    label = fig.axes[0].get_yticklabels()[0]
    assert label.get_text() == f"张{NAMES[0]}"
    assert Path(viz._fonts_for(label.get_fontproperties())[0][0]) == viz.cjk_font_path()


def test_characters_no_font_has_are_replaced_with_one_warning():
    rare = [f"基层{EXT_B[0]}治理", f"私{PRIVATE_USE}用", f"未{UNASSIGNED}定", "正常"]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = viz.plot_keywords([(w, 1.0 - i / 10) for i, w in enumerate(rare)], title=f"标题{EXT_B[1]}")
        png = viz.figure_to_png_bytes(fig)
    assert png[:4] == b"\x89PNG"
    ours = [w for w in caught if issubclass(w.category, viz.MissingGlyphWarning)]
    assert len(ours) == 1 and len(caught) == 1, [str(w.message) for w in caught]  # no matplotlib glyph warning
    assert set(ours[0].message.missing) == {EXT_B[0], EXT_B[1], PRIVATE_USE, UNASSIGNED}
    assert "U+20000" in str(ours[0].message) and "U+E000" in str(ours[0].message)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["基层〓治理", "私〓用", "未〓定", "正常"]
    assert fig.axes[0].get_title() == "标题〓"
    with pytest.raises(viz.MissingGlyphError, match="U\\+20000"):
        viz.plot_keywords([(rare[0], 1.0)], strict=True)


def test_format_characters_no_font_has_are_dropped_not_boxed():
    from matplotlib.figure import Figure

    fig = Figure()
    with viz.style():  # LEFT-TO-RIGHT ISOLATE / POP DIRECTIONAL ISOLATE, as pasted from a web page
        fig.suptitle("党建\u2066工作\u2069")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        missing = viz.check_glyphs(fig)
    assert set(missing) == {"\u2066", "\u2069"}
    assert fig._suptitle.get_text() == "党建工作" and len(caught) == 1


# --------------------------------------------------------------------------- the web font


def test_font_face_css_embeds_exactly_the_glyphs_of_the_text(bundled_cmap):
    text = f"第一章 基层党建工作（一）{NAMES}，{EXT_B}{PRIVATE_USE} ℃ ① ABC abc 123"
    css = fonts.font_face_css(text)
    assert css == fonts.font_face_css(text)  # same bytes every time
    data, font = embedded_font(css)
    assert font.flavor == "woff" and font["name"].getDebugName(1) == "Textlab Sans CJK SC"
    kept = set(font.getBestCmap())
    assert kept == {ord(ch) for ch in text} & set(bundled_cmap)
    assert {ord(ch) for ch in NAMES} <= kept and not {ord(ch) for ch in EXT_B + PRIVATE_USE} & kept
    assert len(font.getGlyphOrder()) < 60
    assert fonts.font_face_css("") == "" and fonts.font_face_css(EXT_B) == ""


class _VisibleText(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("style", "script")

    def handle_endtag(self, tag):
        self._skip -= tag in ("style", "script")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


@pytest.fixture(scope="module")
def rare_report(tmp_path_factory):
    """analyze on the party-building seeds plus one document whose title names rare people."""
    corpus = tmp_path_factory.mktemp("corpus")
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, corpus / path.name)
    body = (sorted(SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8").splitlines()[1:]
    title = f"学习张堃王喆李昇赵玥陈璟和刘{EXT_B[0]}同志先进事迹的讲话"
    (corpus / "900_rare.txt").write_text("\n".join([title, *body]), encoding="utf-8")
    out = tmp_path_factory.mktemp("report")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code = main(["analyze", str(corpus), "--out", str(out), "--quiet"])
    return code, out, title, caught


def test_a_rare_character_in_a_title_does_not_abort_the_report(rare_report):
    code, out, title, caught = rare_report
    assert code == 0
    page = (out / "report.html").read_text(encoding="utf-8")
    assert title in page
    figures = sorted((out / "figures").glob("*.png"))
    assert "keywords_by_document.png" in {f.name for f in figures}  # the title is a panel's name
    assert all(f.read_bytes()[:4] == b"\x89PNG" for f in figures)
    warned = [w for w in caught if issubclass(w.category, viz.MissingGlyphWarning)]
    assert warned and all(set(w.message.missing) == {EXT_B[0]} for w in warned)


def test_report_page_embeds_the_glyphs_of_its_text(rare_report, bundled_cmap):
    _, out, _, _ = rare_report
    page = (out / "report.html").read_text(encoding="utf-8")
    head = page[: page.index("</style>")]
    assert head.count("@font-face") == 1
    assert re.search(r'body\{font-family:"Textlab Sans CJK SC"', head)
    data, font = embedded_font(head)
    kept = set(font.getBestCmap())
    parser = _VisibleText()
    parser.feed(page)
    visible = {ord(ch) for ch in "".join(parser.parts) if not ch.isspace()}
    han = {cp for cp in visible if unicodedata.name(chr(cp), "").startswith("CJK UNIFIED")}
    assert len(han) > 500  # measured: 683 on the compact page (at most 6 sentences per label and document)
    assert {ord(ch) for ch in NAMES} <= kept
    assert sorted(cp for cp in visible & set(bundled_cmap) if cp not in kept) == []
    without_rule = page.replace(FONT_FACE.search(head).group(0), "")  # the rule adds '@'
    assert kept == {ord(ch) for ch in without_rule} & set(bundled_cmap)
    # measured on these 6 documents: 0.1.x pages had about 1,100 characters, 139 KB of WOFF2; the compact page fewer
    assert 50_000 < len(data) < 300_000
