"""Plots for Chinese text analysis, drawn with a bundled CJK font and checked for missing glyphs.

Every plotting function returns a pyplot-free :class:`matplotlib.figure.Figure` (Agg canvas, no
global state): it works on servers without a display and never touches the user's backend.
The bundled font (a subset of Noto Sans CJK SC, see ``resources/fonts/README.md``) is registered
in memory with ``fontManager.addfont`` on first use; matplotlib's installation, rc files, font
cache and global ``rcParams`` stay untouched. Fonts and sizes are applied with
``matplotlib.rc_context`` while a figure is built (text objects fix their font when created).

The bundled font covers every CJK Unified Ideograph and Extension A character that Noto Sans
CJK SC has, plus punctuation, full-width forms and common symbols. Before a figure is returned
every string in it (titles, tick labels, annotations, legends) is checked against the character
maps of the fonts that will draw it (the bundled font, then DejaVu Sans). A character no font has
(Extension B and beyond, private use, unassigned code points) is replaced by 〓 (U+3013; an
invisible format character such as a zero-width joiner is dropped) and one
:class:`MissingGlyphWarning` per figure names the characters; the run goes on. Every plotting
function takes ``strict=True`` to raise :class:`MissingGlyphError` instead.

Example:
    >>> from textlab import viz
    >>> fig = viz.plot_keywords([("基层党建", 0.31), ("网格治理", 0.22), ("志愿服务", 0.12)])
    >>> viz.save_figure(fig, "/tmp/keywords.png")  # doctest: +SKIP
    >>> viz.LABEL_NAMES["problem"]
    '问题'
"""

from __future__ import annotations

import base64
import contextlib
import functools
import io
import math
import inspect
import threading
import unicodedata
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # heavy imports stay inside functions
    import pandas
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

__all__ = [
    "LABELS",
    "LABEL_NAMES",
    "LABEL_COLORS",
    "MissingGlyphError",
    "MissingGlyphWarning",
    "REPLACEMENT_CHARACTER",
    "cjk_font_path",
    "cjk_font_family",
    "font_families",
    "style",
    "check_glyphs",
    "plot_top_words",
    "plot_heatmap",
    "plot_confusion_matrix",
    "plot_prevalence",
    "plot_k_sweep",
    "plot_label_distribution",
    "plot_label_trend",
    "plot_share_distribution",
    "plot_keywords",
    "plot_keyword_panels",
    "save_figure",
    "figure_to_png_bytes",
    "figure_to_base64",
]

from textlab.labels import COLOURS as LABEL_COLORS  # noqa: E402  (one place for the label set)
from textlab.labels import LABEL_NAMES, LABELS  # noqa: E402
from textlab.locations import resources_dir  # noqa: E402

CJK_FONT_FILE = "TextlabSansCJKsc-Regular.otf"
FALLBACK_FAMILY = "DejaVu Sans"
DEFAULT_K_METRICS: tuple[str, ...] = ("c_v", "c_npmi", "u_mass", "diversity")
METRIC_NAMES: dict[str, str] = {
    "c_v": "C_V 一致性",
    "c_npmi": "NPMI 一致性",
    "u_mass": "UMass 一致性",
    "diversity": "主题多样性 diversity",
    "perplexity": "困惑度 perplexity",
    "log_perplexity": "对数困惑度 log perplexity",
}

#: Drawn in place of a character no font of the figure has (GETA MARK, in the bundled font).
REPLACEMENT_CHARACTER = "\u3013"

_REGISTER_LOCK = threading.Lock()


def _describe_missing(missing: Mapping[str, Sequence[str]]) -> str:
    return "; ".join(f"{ch!r} U+{ord(ch):04X} in {_shorten(texts[0], 30)!r}" for ch, texts in sorted(missing.items()))


class MissingGlyphError(ValueError):
    """A string in a figure has characters that none of its fonts can draw (raised in strict mode).

    ``missing`` maps each such character to the strings it occurs in; ``fonts`` lists the font
    files that were searched.
    """

    def __init__(self, missing: Mapping[str, Sequence[str]], fonts: Sequence[str]):
        self.missing = {ch: list(texts) for ch, texts in missing.items()}
        self.fonts = list(fonts)
        names = ", ".join(Path(f).name for f in self.fonts)
        super().__init__(
            f"{len(self.missing)} character(s) missing from the fonts ({names}): {_describe_missing(self.missing)}. "
            "Replace them, or rebuild the bundled font with scripts/build_font_subset.py."
        )


class MissingGlyphWarning(UserWarning):
    """Characters no font of a figure has were replaced by 〓 (or dropped, for format characters).

    ``missing`` maps each such character to the strings it occurred in.
    """

    def __init__(self, missing: Mapping[str, Sequence[str]]):
        self.missing = {ch: list(texts) for ch, texts in missing.items()}
        super().__init__(
            f"{len(self.missing)} character(s) in no available font, drawn as {REPLACEMENT_CHARACTER} "
            f"(format characters dropped): {_describe_missing(self.missing)}"
        )


# --------------------------------------------------------------------------- fonts


def cjk_font_path() -> Path:
    """Path of the bundled CJK font file (Regular).

    >>> cjk_font_path().name
    'TextlabSansCJKsc-Regular.otf'
    """
    path = resources_dir() / "fonts" / CJK_FONT_FILE
    if not path.is_file():
        raise FileNotFoundError(f"{path}: bundled CJK font missing; rebuild it with scripts/build_font_subset.py")
    return path


_REGISTERED: dict[str, Any] = {}


def _register_fonts() -> str:
    """Add the bundled fonts to matplotlib's in-memory font list once per process; the family name."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    if _REGISTERED.get("manager") is manager:
        return _REGISTERED["family"]
    with _REGISTER_LOCK:
        from matplotlib.ft2font import FT2Font

        family = FT2Font(str(cjk_font_path())).family_name
        known = {Path(entry.fname).resolve() for entry in manager.ttflist}
        # the Regular face plus any other weight built by scripts/build_font_subset.py
        for path in sorted((resources_dir() / "fonts").glob("TextlabSansCJKsc-*.otf")):
            if path.resolve() not in known:
                manager.addfont(str(path))
        _REGISTERED.update(manager=manager, family=family)
    return family


def cjk_font_family() -> str:
    """Family name of the bundled CJK font, registered with matplotlib (in memory) on first call.

    >>> cjk_font_family()
    'Textlab Sans CJK SC'
    """
    return _register_fonts()


def font_families() -> list[str]:
    """The font family list every plot uses: the bundled CJK font, then DejaVu Sans as fallback.

    >>> font_families()
    ['Textlab Sans CJK SC', 'DejaVu Sans']
    """
    return [cjk_font_family(), FALLBACK_FAMILY]


def _rc() -> dict[str, Any]:
    """rcParams applied while a figure is built or saved (sizes for a printed page)."""
    return {
        "font.family": font_families(),
        "font.size": 9,
        "axes.titlesize": 10,
        "axes.labelsize": 9,
        "xtick.labelsize": 8,
        "ytick.labelsize": 8,
        "legend.fontsize": 8,
        "legend.title_fontsize": 8,
        "figure.titlesize": 11,
        "axes.titlelocation": "center",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.unicode_minus": True,
        # Type 3: matplotlib embeds a CFF-outline font as Type 42 under the wrong font type (readers
        # warn or fail); Type 3 draws the used glyphs and keeps the text extractable (ToUnicode)
        "pdf.fonttype": 3,
        "ps.fonttype": 3,
        "svg.fonttype": "path",
    }


@contextlib.contextmanager
def style() -> Iterator[None]:
    """Context in which new matplotlib text uses the bundled CJK font (global rcParams restored after).

    >>> from matplotlib.figure import Figure
    >>> with style():
    ...     fig = Figure()
    ...     _ = fig.suptitle("基层治理")
    """
    import matplotlib

    with matplotlib.rc_context(_rc()):
        yield


# --------------------------------------------------------------------------- glyph check


@functools.lru_cache(maxsize=64)
def _charmap(path: str, face_index: int) -> frozenset[int]:
    from matplotlib.ft2font import FT2Font

    font = FT2Font(path) if face_index == 0 else FT2Font(path, face_index=face_index)
    return frozenset(font.get_charmap())


def _fonts_for(prop: FontProperties) -> list[tuple[str, int]]:
    """(path, face index) of the fonts matplotlib will search, in fallback order, for ``prop``."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    find_all = getattr(manager, "_find_fonts_by_props", None)  # matplotlib >= 3.6 (font fallback)
    paths = find_all(prop) if find_all is not None else [manager.findfont(prop)]
    return [(str(p), int(getattr(p, "face_index", 0))) for p in paths]


def _drawn_texts(fig: Figure) -> list:
    from matplotlib.text import Text

    texts = []
    for artist in fig.findobj(match=Text):
        content = artist.get_text()
        if not content or not artist.get_visible():
            continue
        _, ismath = artist._preprocess_math(content)  # mathtext draws with its own fonts
        if ismath is False:
            texts.append(artist)
    return texts


def _missing_glyphs(fig: Figure) -> tuple[dict[str, list[str]], set[str]]:
    missing: dict[str, list[str]] = {}
    searched: set[str] = set()
    for artist in _drawn_texts(fig):
        fonts = _fonts_for(artist.get_fontproperties())
        searched.update(path for path, _ in fonts)
        covered = frozenset().union(*(_charmap(path, index) for path, index in fonts))
        content = artist.get_text()
        for ch in dict.fromkeys(content):
            if ord(ch) not in covered and unicodedata.category(ch) != "Cc":
                texts = missing.setdefault(ch, [])
                if content not in texts:
                    texts.append(content)
    return missing, searched


def _replace_missing(fig: Figure, chars: set[str]) -> None:
    """Put :data:`REPLACEMENT_CHARACTER` for ``chars`` (format characters: nothing) in every text of ``fig``.

    Fixed tick labels (``set_xticks(..., labels=...)``) are also replaced where their axis keeps
    them (a ``FixedFormatter``, or the dict behind matplotlib's ``FuncFormatter``), which would
    otherwise write the old text back at the next draw.
    """
    from matplotlib.ticker import FixedFormatter, FuncFormatter

    table = {ord(ch): "" if unicodedata.category(ch) == "Cf" else REPLACEMENT_CHARACTER for ch in chars}
    for artist in _drawn_texts(fig):
        content = artist.get_text()
        fixed = content.translate(table)
        if fixed != content:
            artist.set_text(fixed)
    for ax in fig.axes:
        for axis in (getattr(ax, name) for name in ("xaxis", "yaxis", "zaxis") if hasattr(ax, name)):
            for formatter in (axis.get_major_formatter(), axis.get_minor_formatter()):
                if isinstance(formatter, FixedFormatter):
                    formatter.seq = [str(label).translate(table) for label in formatter.seq]
                elif isinstance(formatter, FuncFormatter) and isinstance(formatter.func, functools.partial):
                    partial = formatter.func  # matplotlib >= 3.8: partial(Axis._format_with_dict, {tick: label})
                    args = [
                        {k: v.translate(table) if isinstance(v, str) else v for k, v in a.items()}
                        if isinstance(a, dict) else a
                        for a in partial.args
                    ]
                    formatter.func = functools.partial(partial.func, *args, **partial.keywords)


def check_glyphs(fig: Figure, *, strict: bool = False) -> dict[str, list[str]]:
    """Find characters in ``fig`` that none of their fonts has; replace them, or raise if ``strict``.

    Checks titles, axis and tick labels, annotations and legends, against the character maps of
    the fonts (with fallbacks) each text object will be drawn with. The figure is laid out once
    (without rendering) so that tick labels made by formatters are checked too. By default each
    such character becomes :data:`REPLACEMENT_CHARACTER` (format characters such as U+200D are
    dropped) and one :class:`MissingGlyphWarning` names them all; with ``strict=True``
    :class:`MissingGlyphError` is raised instead and the figure is left as it was. Returns
    {character: strings it occurred in} (empty when every character can be drawn).

    >>> import warnings
    >>> from matplotlib.figure import Figure
    >>> with style():
    ...     fig = Figure()
    ...     _ = fig.suptitle("主题 \U00020000")
    >>> with warnings.catch_warnings(record=True):
    ...     check_glyphs(fig)
    {'\U00020000': ['主题 \U00020000']}
    >>> fig._suptitle.get_text()
    '主题 〓'
    >>> fig.suptitle("主题 \U00020001")  # doctest: +ELLIPSIS
    Text(...)
    >>> check_glyphs(fig, strict=True)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    textlab.viz.MissingGlyphError: 1 character(s) missing ...
    """
    found = _check_and_replace(fig, strict=strict)
    if found:
        warnings.warn(MissingGlyphWarning(found), stacklevel=2)
    return found


def _check_and_replace(fig: Figure, *, strict: bool) -> dict[str, list[str]]:
    """:func:`check_glyphs` without the warning (callers warn at their own stack level)."""
    found: dict[str, list[str]] = {}
    for stage in ("before layout", "after layout"):
        missing, searched = _missing_glyphs(fig)
        if missing and strict:
            raise MissingGlyphError(missing, sorted(searched))
        if missing:
            for ch, texts in missing.items():
                known = found.setdefault(ch, [])
                known += [t for t in texts if t not in known]
            _replace_missing(fig, set(missing))
        if stage == "before layout":
            fig.draw_without_rendering()  # creates formatter tick labels, runs the layout engine
    return found


# --------------------------------------------------------------------------- helpers


def _new_figure(width: float, height: float) -> Figure:
    """A pyplot-free figure on an Agg canvas, laid out with constrained layout."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = _figure_class()(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


@functools.lru_cache(maxsize=None)
def _figure_class() -> type:
    """``TextlabFigure``: a Figure that shows itself as PNG in Jupyter without pyplot (made lazily)."""
    from matplotlib.figure import Figure

    class TextlabFigure(Figure):
        """A :class:`matplotlib.figure.Figure` that Jupyter shows as PNG even when pyplot is never imported."""

        def _repr_png_(self) -> bytes:
            return figure_to_png_bytes(self, dpi=100)

    TextlabFigure.__module__ = __name__
    TextlabFigure.__qualname__ = "TextlabFigure"
    return TextlabFigure


def __getattr__(name: str) -> Any:
    if name == "TextlabFigure":  # lets pickle find the lazily made class
        return _figure_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _plot_function(func: Callable[..., Figure]) -> Callable[..., Figure]:
    """Build the figure inside :func:`style`, then lay it out and check its glyphs.

    The plotting function gains a keyword ``strict`` (default False), passed to :func:`check_glyphs`.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, strict: bool = False, **kwargs: Any) -> Figure:
        with style():
            fig = func(*args, **kwargs)
            found = _check_and_replace(fig, strict=strict)
        if found:  # reported at the caller's line
            warnings.warn(MissingGlyphWarning(found), stacklevel=2)
        return fig

    signature = inspect.signature(func)
    strict = inspect.Parameter("strict", inspect.Parameter.KEYWORD_ONLY, default=False, annotation="bool")
    wrapper.__signature__ = signature.replace(parameters=[*signature.parameters.values(), strict])
    return wrapper


def _shorten(text: Any, limit: int) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fit(text: str, width_in: float, size_pt: float) -> str:
    """``text`` shortened with … until its estimated width fits ``width_in`` inches."""
    while len(text) > 2 and _text_width_in([text], size_pt) > width_in:
        text = text[:-2] + "…"
    return text


def _short_number(value: float, _position: Any = None) -> str:
    """Tick text with two significant digits and a real minus sign: 0.012, −0.5, 3e−05."""
    return f"{value:.2g}".replace("-", "\u2212")


def _short_number_formatter() -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(_short_number)


def _text_width_in(labels: Sequence[str], size_pt: float) -> float:
    """Rough width in inches of the longest label (CJK characters 1 em, others 0.6 em)."""
    longest = max((sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.6 for c in s) for s in labels), default=0)
    return longest * size_pt / 72


def _topic_colors(n: int) -> list:
    from matplotlib import colormaps

    if n <= 10:
        return [colormaps["tab10"](i) for i in range(n)]
    if n <= 20:
        return [colormaps["tab20"](i) for i in range(n)]
    return [colormaps["turbo"](i / max(n - 1, 1)) for i in range(n)]


def _require_frame(table: Any, name: str) -> pandas.DataFrame:
    import pandas as pd

    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{name}: expected a pandas DataFrame, got {type(table).__name__}")
    if table.empty:
        raise ValueError(f"{name}: the table is empty")
    return table


def _integer_axis(axis: Any) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True, steps=[1, 2, 5, 10]))


def _max_n_locator(n: int) -> Any:
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(nbins=n, min_n_ticks=2)


# --------------------------------------------------------------------------- plots


@_plot_function
def plot_top_words(
    topics: list[list[tuple[str, float]]],
    *,
    labels: list[str] | None = None,
    n_cols: int = 5,
    title: str | None = None,
) -> Figure:
    """Top words of each topic as horizontal bars, one small panel per topic.

    ``topics`` is what ``TopicModel.topics()`` returns: per topic a list of (word, weight), best
    first. ``labels`` names the panels (default ``T0``, ``T1``, …).

    >>> fig = plot_top_words([[("党建", 0.08), ("基层", 0.05)], [("经济", 0.07), ("增长", 0.04)]],
    ...                      labels=["党建", "经济"], title="主题高频词")
    >>> len(fig.axes)
    2
    """
    if not topics:
        raise ValueError("plot_top_words: topics is empty")
    if labels is not None and len(labels) != len(topics):
        raise ValueError(f"plot_top_words: {len(labels)} labels for {len(topics)} topics")
    if n_cols < 1:
        raise ValueError(f"plot_top_words: n_cols must be >= 1, got {n_cols}")
    for i, words in enumerate(topics):
        if not words:
            raise ValueError(f"plot_top_words: topic {i} has no words")
    n_words = max(len(words) for words in topics)
    cols = min(n_cols, len(topics))
    rows = math.ceil(len(topics) / cols)
    names = [str(labels[i]) if labels is not None else f"T{i}" for i in range(len(topics))]
    word_w = _text_width_in([w for words in topics for w, _ in words], 8)
    # a panel holds its words, its bars (at least 1 inch) and its title (capped; longer ones shortened)
    panel_w = max(word_w + 1.1, min(_text_width_in(names, 9), 2.2) + 0.2)
    fig = _new_figure(cols * panel_w, rows * (0.6 + 0.19 * n_words) + (0.35 if title else 0))
    axes = fig.subplots(rows, cols, squeeze=False)
    colors = _topic_colors(len(topics))
    for i, ax in enumerate(axes.flat):
        if i >= len(topics):
            ax.set_axis_off()
            continue
        words = [str(w) for w, _ in topics[i]]
        weights = [float(v) for _, v in topics[i]]
        ax.barh(range(len(words)), weights, color=colors[i], height=0.7)
        ax.set_yticks(range(len(words)), labels=words)
        ax.set_ylim(n_words - 0.5, -0.5)  # best word on top, equal bar heights in every panel
        ax.set_title(_fit(names[i], panel_w - 0.2, 9), fontsize=9)
        ax.tick_params(axis="x", labelsize=7)
        ax.tick_params(axis="y", length=0)
        ax.xaxis.set_major_locator(_max_n_locator(2))
        ax.xaxis.set_major_formatter(_short_number_formatter())
    if title:
        fig.suptitle(title)
    return fig


@_plot_function
def plot_heatmap(
    matrix: Any,
    *,
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    title: str | None = None,
    cmap: str = "Blues",
    annotate: bool = False,
) -> Figure:
    """A labelled heatmap, e.g. document-topic shares or a confusion matrix.

    ``annotate=True`` writes each value in its cell (integers as such, others with 2 decimals).

    >>> fig = plot_heatmap([[0.7, 0.3], [0.2, 0.8]], row_labels=["报告一", "报告二"],
    ...                    col_labels=["T0 党建", "T1 经济"], annotate=True, title="文档-主题分布")
    >>> fig.axes[0].get_title()
    '文档-主题分布'
    """
    fig, _ = _heatmap(matrix, row_labels=row_labels, col_labels=col_labels, title=title, cmap=cmap,
                      annotate=annotate, axis_labels=None)
    return fig


@_plot_function
def plot_confusion_matrix(
    matrix: Any,
    labels: Sequence[str],
    *,
    normalize: bool = False,
    title: str | None = None,
) -> Figure:
    """Confusion matrix (rows true, columns predicted); label codes show their Chinese names.

    ``normalize=True`` divides each row by its total (recall on the diagonal).

    >>> fig = plot_confusion_matrix([[8, 2], [1, 9]], ["achievement", "measure"], normalize=True)
    >>> [t.get_text() for t in fig.axes[0].get_xticklabels()]
    ['成绩', '措施']
    """
    import numpy as np

    values = np.asarray(matrix, dtype=float)
    if values.ndim != 2 or values.shape[0] != values.shape[1] or values.shape[0] != len(labels):
        raise ValueError(f"plot_confusion_matrix: need a square matrix of side {len(labels)}, got shape {values.shape}")
    if normalize:
        totals = values.sum(axis=1, keepdims=True)
        values = np.divide(values, totals, out=np.zeros_like(values), where=totals > 0)
    names = [LABEL_NAMES.get(str(lab), str(lab)) for lab in labels]
    fig, _ = _heatmap(values, row_labels=names, col_labels=names, title=title, cmap="Blues", annotate=True,
                      axis_labels=("预测 predicted", "真实 true"), limits=(0.0, 1.0) if normalize else None)
    return fig


def _heatmap(
    matrix: Any,
    *,
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    title: str | None,
    cmap: str,
    annotate: bool,
    axis_labels: tuple[str, str] | None,
    limits: tuple[float, float] | None = None,
) -> tuple[Figure, Any]:
    import numpy as np

    values = np.asarray(matrix, dtype=float)
    if values.ndim != 2 or values.size == 0:
        raise ValueError(f"plot_heatmap: expected a non-empty 2-D matrix, got shape {values.shape}")
    n_rows, n_cols = values.shape
    if len(row_labels) != n_rows or len(col_labels) != n_cols:
        raise ValueError(
            f"plot_heatmap: matrix is {n_rows}x{n_cols} but got {len(row_labels)} row and {len(col_labels)} column labels"
        )
    rows = [str(x) for x in row_labels]
    cols = [str(x) for x in col_labels]
    col_text = _text_width_in(cols, 8)
    rotate = col_text > 0.45 or n_cols > 12
    cell_w = 0.42 if annotate else 0.3
    if not rotate:
        cell_w = max(cell_w, col_text + 0.12)
    cell_h = 0.3 if annotate else 0.21
    extra_w = 0.3 if axis_labels else 0.0
    extra_h = (0.3 if axis_labels else 0.0) + (0.3 if title else 0.0)
    width = max(3.5, _text_width_in(rows, 8) + n_cols * cell_w + 1.3 + extra_w)
    height = max(2.5, n_rows * cell_h + (col_text * 0.72 if rotate else 0.2) + 0.5 + extra_h)
    fig = _new_figure(width, height)
    ax = fig.add_subplot()
    vmin, vmax = limits if limits else (None, None)
    image = ax.imshow(values, cmap=cmap, aspect="auto", interpolation="nearest", vmin=vmin, vmax=vmax)
    ax.set_xticks(range(n_cols), labels=cols)
    ax.set_yticks(range(n_rows), labels=rows)
    if rotate:
        ax.tick_params(axis="x", labelrotation=45)
        for label in ax.get_xticklabels():
            label.set_horizontalalignment("right")
            label.set_rotation_mode("anchor")
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    fig.colorbar(image, ax=ax, shrink=min(0.9, 3.5 / max(height - 1.0, 1.0)), aspect=20, pad=0.02)
    if annotate:
        finite = values[np.isfinite(values)]
        integral = finite.size > 0 and bool(np.allclose(finite, np.round(finite)))
        lo, hi = image.get_clim()
        middle = (lo + hi) / 2
        for (r, c), v in np.ndenumerate(values):
            if np.isfinite(v):
                text = f"{int(round(v))}" if integral else f"{v:.2f}"
                ax.text(c, r, text, ha="center", va="center", fontsize=7, color="white" if v > middle else "#222222")
    if axis_labels:
        ax.set_xlabel(axis_labels[0])
        ax.set_ylabel(axis_labels[1])
    if title:
        ax.set_title(title)
    return fig, ax


@_plot_function
def plot_prevalence(
    table: pandas.DataFrame, *, title: str | None = None, kind: str = "line", other: str | None = None
) -> Figure:
    """Topic prevalence over years or groups: index = year/group, columns = topics.

    ``kind="line"`` draws one line per topic, ``kind="area"`` stacks them. ``other`` names a
    column that sums the remaining topics: it is drawn in light grey, apart from the topic colours.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"T0 党建": [0.6, 0.4], "T1 经济": [0.4, 0.6]}, index=[2023, 2024])
    >>> fig = plot_prevalence(table, kind="area", title="主题随年份变化")
    """
    import numpy as np

    table = _require_frame(table, "plot_prevalence")
    if kind not in ("line", "area"):
        raise ValueError(f"plot_prevalence: kind must be 'line' or 'area', got {kind!r}")
    numeric_index = np.issubdtype(np.asarray(table.index).dtype, np.number)
    x = np.asarray(table.index, dtype=float) if numeric_index else np.arange(len(table))
    order = np.argsort(x, kind="stable")
    x = x[order]
    values = table.to_numpy(dtype=float)[order]
    names = [str(c) for c in table.columns]
    if other is not None and other not in names:
        raise ValueError(f"plot_prevalence: other={other!r} is not a column")
    colors = _topic_colors(len(names) - (other is not None))
    if other is not None:
        colors.insert(names.index(other), "#d9d9d9")
    legend_cols = 1 if len(names) <= 12 else 2
    fig = _new_figure(6.0 + legend_cols * (_text_width_in(names, 8) + 0.4), 3.4)
    ax = fig.add_subplot()
    if kind == "area":
        ax.stackplot(x, values.T, labels=names, colors=colors, alpha=0.9, linewidth=0.3, edgecolor="white")
        ax.set_ylim(0, max(float(np.nansum(values, axis=1).max()), 1e-12))
    else:
        marker = "o" if len(x) <= 30 else None
        for j, name in enumerate(names):
            ax.plot(x, values[:, j], label=name, color=colors[j], marker=marker, markersize=3, linewidth=1.3)
        ax.set_ylim(bottom=0)
    if len(x) > 1:
        pad = 0 if numeric_index else 0.25
        ax.set_xlim(x[0] - pad, x[-1] + pad)
    if numeric_index:
        _integer_axis(ax.xaxis)
    else:
        labels = [str(v) for v in np.asarray(table.index)[order]]
        ax.set_xticks(x, labels=labels)
        if _text_width_in(labels, 8) * len(labels) > 5:
            ax.tick_params(axis="x", labelrotation=45)
    ax.set_xlabel(str(table.index.name) if table.index.name else ("年份 year" if numeric_index else ""))
    ax.set_ylabel("主题占比 share")
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    handles, labels_ = ax.get_legend_handles_labels()
    if kind == "area":  # legend top-down in the same order as the stacked bands
        handles, labels_ = handles[::-1], labels_[::-1]
    ax.legend(handles, labels_, loc="upper left", bbox_to_anchor=(1.01, 1.0), ncols=legend_cols, frameon=False)
    if title:
        ax.set_title(title)
    return fig


@_plot_function
def plot_k_sweep(
    table: pandas.DataFrame,
    *,
    k_col: str = "k",
    metrics: Sequence[str] | None = None,
    chosen_k: int | None = None,
    title: str | None = None,
) -> Figure:
    """Topic-quality metrics against the number of topics, one panel per metric.

    ``metrics=None`` plots those of ``("c_v", "c_npmi", "u_mass", "diversity")`` that the table
    has; metrics named explicitly must all be columns. Several rows per k (e.g. one per
    random_state) are drawn as points around their mean. ``chosen_k`` is marked in every panel
    and named in the default title.

    >>> import pandas as pd
    >>> sweep = pd.DataFrame({"k": [5, 10, 15], "c_v": [0.41, 0.47, 0.44], "diversity": [0.9, 0.8, 0.7]})
    >>> len(plot_k_sweep(sweep, chosen_k=10).axes)
    2
    """
    table = _require_frame(table, "plot_k_sweep")
    if k_col not in table.columns:
        raise ValueError(f"plot_k_sweep: no column {k_col!r}; columns are {list(table.columns)}")
    if metrics is None:
        metrics = [m for m in DEFAULT_K_METRICS if m in table.columns]
        if not metrics:
            raise ValueError(
                f"plot_k_sweep: none of the default metrics {DEFAULT_K_METRICS} is a column; columns are {list(table.columns)}"
            )
    else:
        metrics = list(metrics)
        absent = [m for m in metrics if m not in table.columns]
        if absent or not metrics:
            raise ValueError(f"plot_k_sweep: metrics {absent or metrics} not in columns {list(table.columns)}")
    n = len(metrics)
    cols = min(n, 4)
    rows = math.ceil(n / cols)
    fig = _new_figure(2.3 * cols + 0.3, 2.2 * rows + 0.1)
    axes = fig.subplots(rows, cols, squeeze=False)
    grouped = table.groupby(k_col, sort=True)
    for ax, metric in zip(axes.flat, metrics):
        means = grouped[metric].mean()
        if (grouped[metric].size() > 1).any():
            ax.scatter(table[k_col], table[metric], s=8, color="#9ecae1", zorder=2)
        ax.plot(means.index, means.to_numpy(), marker="o", markersize=3.5, color="#08519c", linewidth=1.3, zorder=3)
        if chosen_k is not None:
            ax.axvline(chosen_k, color="#D55E00", linestyle="--", linewidth=1, zorder=1)
            if chosen_k in means.index:
                ax.plot([chosen_k], [means.loc[chosen_k]], marker="o", markersize=6, color="#D55E00", zorder=4)
        ax.set_title(METRIC_NAMES.get(metric, metric), fontsize=9)
        ax.set_xlabel("主题数 k")
        if len(means) <= 10:
            ax.set_xticks(means.index)
        else:
            _integer_axis(ax.xaxis)
        ax.grid(color="#e5e5e5", linewidth=0.6)
        ax.set_axisbelow(True)
    for ax in list(axes.flat)[n:]:
        ax.set_axis_off()
    if title is None and chosen_k is not None:
        title = f"主题数选择（选定 k = {chosen_k}）"
    if title:
        fig.suptitle(title, fontsize=10)
    return fig


@_plot_function
def plot_label_distribution(
    table: pandas.DataFrame,
    *,
    title: str | None = None,
    normalize: bool = False,
    xlabel: str | None = None,
) -> Figure:
    """Paragraph functions per document as stacked horizontal bars in the fixed label colours.

    ``table``: index = document (or group), columns = labels from :data:`LABELS`, values = counts
    or shares. ``normalize=True`` turns counts into shares per row. Long row names are shortened
    to 28 characters. ``xlabel`` replaces the default axis label (which speaks of paragraphs).

    >>> import pandas as pd
    >>> counts = pd.DataFrame({"achievement": [12, 3], "problem": [2, 1], "measure": [9, 14], "other": [4, 2]},
    ...                       index=["2024年政府工作报告", "社区党建推进会讲话"])
    >>> fig = plot_label_distribution(counts, normalize=True)
    """
    import numpy as np

    table = _require_frame(table, "plot_label_distribution")
    unknown = [c for c in table.columns if c not in LABELS]
    if unknown:
        raise ValueError(f"plot_label_distribution: columns {unknown} are not labels {LABELS}")
    present = [lab for lab in LABELS if lab in table.columns]
    values = table[present].to_numpy(dtype=float)
    if (values < 0).any() or not np.isfinite(values).all():
        raise ValueError("plot_label_distribution: values must be finite and non-negative")
    totals = values.sum(axis=1, keepdims=True)
    if normalize:
        values = np.divide(values, totals, out=np.zeros_like(values), where=totals > 0)
    shares = normalize or bool(np.allclose(totals[totals > 0], 1.0, atol=1e-6))
    docs = [_shorten(d, 28) for d in table.index]
    fig = _new_figure(3.8 + _text_width_in(docs, 8), 0.28 * len(docs) + 1.3 + (0.25 if title else 0))
    ax = fig.add_subplot()
    left = np.zeros(len(docs))
    for j, lab in enumerate(present):
        ax.barh(range(len(docs)), values[:, j], left=left, color=LABEL_COLORS[lab], height=0.72,
                label=f"{LABEL_NAMES[lab]} {lab}", edgecolor="white", linewidth=0.4)
        left += values[:, j]
    ax.set_yticks(range(len(docs)), labels=docs)
    ax.set_ylim(len(docs) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    ax.set_xlabel(xlabel or ("段落占比 share of paragraphs" if shares else "段落数 paragraphs"))
    if shares:
        ax.set_xlim(0, 1)
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    ax.set_axisbelow(True)
    fig.legend(loc="outside lower center", ncols=len(present), frameon=False)
    if title:
        fig.suptitle(title)
    return fig


@_plot_function
def plot_keywords(keywords: list[tuple[str, float]], *, title: str | None = None, top_k: int = 20) -> Figure:
    """The ``top_k`` highest-scoring keywords as horizontal bars, best on top.

    >>> fig = plot_keywords([("基层党建", 0.31), ("网格治理", 0.22), ("志愿服务", 0.12)], title="关键词")
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['基层党建', '网格治理', '志愿服务']
    """
    if not keywords:
        raise ValueError("plot_keywords: no keywords")
    if top_k < 1:
        raise ValueError(f"plot_keywords: top_k must be >= 1, got {top_k}")
    ranked = sorted(((str(w), float(s)) for w, s in keywords), key=lambda ws: -ws[1])[:top_k]
    words = [w for w, _ in ranked]
    word_w = _text_width_in(words, 8)
    # wide enough for the title above the bars (up to 7 inches; longer titles are shortened with …)
    width = max(3.6 + word_w, min(word_w + 0.9 + (_text_width_in([title], 10) if title else 0), 7.0))
    fig = _new_figure(width, 0.22 * len(words) + 0.9 + (0.2 if title else 0))
    ax = fig.add_subplot()
    ax.barh(range(len(words)), [s for _, s in ranked], color="#0072B2", height=0.7)
    ax.set_yticks(range(len(words)), labels=words)
    ax.set_ylim(len(words) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    ax.set_xlabel("权重 score")
    ax.xaxis.set_major_locator(_max_n_locator(4))
    ax.xaxis.set_major_formatter(_short_number_formatter())
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    ax.set_axisbelow(True)
    if title:
        ax.set_title(_fit(title, width - word_w - 0.9 + 1e-6, 10))
    return fig


def _share_rows(table: Any, name: str) -> tuple[list[str], Any]:
    """(labels present, values) of a table whose columns are labels and whose values are shares."""
    import numpy as np

    table = _require_frame(table, name)
    unknown = [c for c in table.columns if c not in LABELS]
    if unknown:
        raise ValueError(f"{name}: columns {unknown} are not labels {LABELS}")
    present = [lab for lab in LABELS if lab in table.columns]
    values = table[present].to_numpy(dtype=float)
    if not np.isfinite(values).all() or (values < 0).any() or (values > 1 + 1e-9).any():
        raise ValueError(f"{name}: values must be shares from 0 to 1")
    return present, values


@_plot_function
def plot_label_trend(
    shares: pandas.DataFrame,
    *,
    counts: Any = None,
    title: str | None = None,
    ylabel: str = "字数占比 share of characters",
) -> Figure:
    """Label shares over years as stacked bars at their years (gaps stay visible).

    ``shares``: index = year (numbers), columns = labels, rows summing to 1 (or 0 for a year with
    no body text). ``counts`` (same index): documents per year, drawn as a small bar strip above.

    >>> import pandas as pd
    >>> shares = pd.DataFrame({"achievement": [0.5, 0.4], "problem": [0.1, 0.2], "measure": [0.3, 0.3],
    ...                        "other": [0.1, 0.1]}, index=[2023, 2024])
    >>> len(plot_label_trend(shares, counts=pd.Series([3, 5], index=[2023, 2024])).axes)
    2
    """
    import numpy as np

    present, values = _share_rows(shares, "plot_label_trend")
    years = np.asarray(shares.index, dtype=float)
    if not np.isfinite(years).all():
        raise ValueError("plot_label_trend: the index must be numeric years")
    order = np.argsort(years, kind="stable")
    years, values = years[order], values[order]
    span = float(years[-1] - years[0]) if len(years) > 1 else 1.0
    width = min(11.0, max(6.0, 0.13 * span + 2.5))
    fig = _new_figure(width, 3.9 + (0.25 if title else 0))
    if counts is not None:
        top, ax = fig.subplots(2, 1, sharex=True, height_ratios=[1, 4])
        n_docs = np.asarray(counts.reindex(shares.index), dtype=float)[order]
        top.bar(years, n_docs, width=0.8, color="#999999")
        top.set_ylabel("文档 docs", fontsize=7)
        from matplotlib.ticker import MaxNLocator

        top.yaxis.set_major_locator(MaxNLocator(nbins=2, integer=True, min_n_ticks=1))
        top.tick_params(axis="y", labelsize=6)
        top.tick_params(axis="x", length=0, labelbottom=False)
        top.spines["bottom"].set_visible(False)
    else:
        ax = fig.add_subplot()
    bottom = np.zeros(len(years))
    for j, lab in enumerate(present):
        ax.bar(years, values[:, j], bottom=bottom, width=0.8, color=LABEL_COLORS[lab],
               label=f"{LABEL_NAMES[lab]} {lab}", linewidth=0)
        bottom += values[:, j]
    ax.set_ylim(0, 1)
    ax.set_xlim(years[0] - 0.8, years[-1] + 0.8)
    _integer_axis(ax.xaxis)
    ax.set_xlabel("年份 year")
    ax.set_ylabel(ylabel)
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.6)
    ax.set_axisbelow(True)
    fig.legend(loc="outside lower center", ncols=len(present), frameon=False)
    if title:
        fig.suptitle(title)
    return fig


@_plot_function
def plot_share_distribution(
    shares: pandas.DataFrame,
    *,
    title: str | None = None,
    xlabel: str = "每篇文档的字数占比 share of a document's characters",
) -> Figure:
    """How label shares vary across documents: one box per label (median, quartiles, 1.5 IQR
    whiskers), every document as a faint point, the mean as a black diamond.

    ``shares``: index = document, columns = labels, values from 0 to 1. The figure's size does
    not depend on the number of documents.

    >>> import pandas as pd
    >>> shares = pd.DataFrame({"achievement": [0.5, 0.4, 0.2], "problem": [0.1, 0.2, 0.0],
    ...                        "measure": [0.3, 0.3, 0.7], "other": [0.1, 0.1, 0.1]})
    >>> [t.get_text() for t in plot_share_distribution(shares).axes[0].get_yticklabels()][:2]
    ['成绩 achievement', '问题 problem']
    """
    import numpy as np

    present, values = _share_rows(shares, "plot_share_distribution")
    names = [f"{LABEL_NAMES[lab]} {lab}" for lab in present]
    fig = _new_figure(7.0, 0.55 * len(present) + 1.0 + (0.25 if title else 0))
    ax = fig.add_subplot()
    positions = np.arange(len(present))
    import matplotlib

    major, minor = (int(part) for part in matplotlib.__version__.split(".")[:2])
    sideways = {"orientation": "horizontal"} if (major, minor) >= (3, 10) else {"vert": False}
    boxes = ax.boxplot([values[:, j] for j in range(len(present))], positions=positions, widths=0.55,
                       patch_artist=True, showfliers=False, medianprops={"color": "#222222"}, **sideways)
    jitter = np.random.default_rng(0).uniform(-0.18, 0.18, size=values.shape[0])  # fixed: same page every run
    alpha = float(min(0.6, max(0.08, 30 / max(values.shape[0], 1))))
    for j, lab in enumerate(present):
        boxes["boxes"][j].set(facecolor=LABEL_COLORS[lab], alpha=0.35, edgecolor=LABEL_COLORS[lab])
        ax.scatter(values[:, j], positions[j] + jitter, s=6, color=LABEL_COLORS[lab], alpha=alpha, linewidths=0, zorder=3)
        ax.plot([values[:, j].mean()], [positions[j]], marker="D", markersize=4, color="black", zorder=4)
    ax.set_yticks(positions, labels=names)
    ax.set_ylim(len(present) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    ax.set_xlim(0, 1)
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="#e5e5e5", linewidth=0.6)
    ax.set_axisbelow(True)
    if title:
        ax.set_title(title)
    return fig


@_plot_function
def plot_keyword_panels(
    panels: Sequence[tuple[str, Sequence[tuple[str, float]]]],
    *,
    top_k: int = 8,
    n_cols: int = 4,
    title: str | None = None,
) -> Figure:
    """Small multiples: the ``top_k`` keywords of several documents, one small panel each.

    ``panels``: (panel title, [(keyword, score), …]) per document, in the order to draw. Each
    panel has its own score axis; panels without keywords say so. The caller chooses how many
    documents to show (the figure grows with the panels, nothing else).

    >>> fig = plot_keyword_panels([("报告一", [("党建", 0.3), ("基层", 0.2)]), ("报告二", [("经济", 0.4)])])
    >>> [ax.get_title(loc="left") for ax in fig.axes]
    ['报告一', '报告二']
    """
    if not panels:
        raise ValueError("plot_keyword_panels: no panels")
    if top_k < 1 or n_cols < 1:
        raise ValueError(f"plot_keyword_panels: top_k and n_cols must be >= 1, got {top_k} and {n_cols}")
    ranked = [sorted(((str(w), float(v)) for w, v in words), key=lambda wv: -wv[1])[:top_k] for _, words in panels]
    cols = min(n_cols, len(panels))
    rows = math.ceil(len(panels) / cols)
    word_w = _text_width_in([w for words in ranked for w, _ in words] or [""], 8)
    panel_w = max(2.7, word_w + 1.4)
    fig = _new_figure(cols * panel_w, rows * (0.55 + 0.17 * top_k) + (0.35 if title else 0))
    axes = fig.subplots(rows, cols, squeeze=False)
    for i, ax in enumerate(axes.flat):
        if i >= len(panels):
            ax.set_axis_off()
            continue
        words = ranked[i]
        # left-aligned over the bars: as wide as the bars and the gap to the next panel allow
        own_w = _text_width_in([w for w, _ in words] or [""], 7)
        ax.set_title(_fit(str(panels[i][0]), panel_w - own_w - 0.3, 8), fontsize=8, loc="left")
        if not words:
            ax.set_axis_off()
            ax.text(0.5, 0.5, "（无关键词 none）", ha="center", va="center", transform=ax.transAxes, color="#777777")
            continue
        ax.barh(range(len(words)), [v for _, v in words], color="#0072B2", height=0.7)
        ax.set_yticks(range(len(words)), labels=[w for w, _ in words])
        ax.set_ylim(top_k - 0.5, -0.5)
        ax.tick_params(axis="x", labelsize=6)
        ax.tick_params(axis="y", length=0, labelsize=7)
        ax.xaxis.set_major_locator(_max_n_locator(2))
        ax.xaxis.set_major_formatter(_short_number_formatter())
    if title:
        fig.suptitle(title)
    return fig


# --------------------------------------------------------------------------- output


def save_figure(fig: Figure, path: str | Path, *, dpi: int = 150) -> Path:
    """Write ``fig`` to ``path`` (format from the suffix: .png, .pdf, .svg, …); returns the path.

    PDF and PS embed the glyphs used as a Type 3 font (text stays extractable), SVG draws text as paths.

    >>> save_figure(plot_keywords([("党建", 1.0)]), "/tmp/kw.pdf")  # doctest: +SKIP
    PosixPath('/tmp/kw.pdf')
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with style():
        fig.savefig(path, dpi=dpi)
    return path


def figure_to_png_bytes(fig: Figure, *, dpi: int = 150, palette: bool = False) -> bytes:
    """The figure as PNG bytes (one render).

    ``palette=True`` stores it with a palette of at most 256 colours (Pillow, no dithering): about
    a third of the bytes for these flat-coloured plots, for pages that embed their figures.

    >>> figure_to_png_bytes(plot_keywords([("党建", 1.0)]))[:4]
    b'\\x89PNG'
    """
    buffer = io.BytesIO()
    with style():
        fig.savefig(buffer, format="png", dpi=dpi)
    if not palette:
        return buffer.getvalue()
    from PIL import Image

    buffer.seek(0)
    with Image.open(buffer) as image:
        indexed = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    out = io.BytesIO()
    indexed.save(out, format="PNG", optimize=True, dpi=(dpi, dpi))
    return out.getvalue()


def figure_to_base64(fig: Figure, *, dpi: int = 150) -> str:
    """The figure as base64 PNG text, for ``<img src="data:image/png;base64,...">``.

    >>> figure_to_base64(plot_keywords([("党建", 1.0)]))[:8]
    'iVBORw0K'
    """
    return base64.b64encode(figure_to_png_bytes(fig, dpi=dpi)).decode("ascii")
