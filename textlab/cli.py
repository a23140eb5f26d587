"""The ``textlab`` command: a folder of documents in, an answer out.

Subcommands::

    textlab analyze PATH --out DIR     the whole flow, writes report.html, figures/ and tables
        [--engine dask [--scheduler ADDRESS | --workers N]]   the same on Dask workers (+ units/*.parquet)
    textlab clean FILE [--show-removed]  cleaned text (removed lines, their reasons and metadata on stderr)
    textlab outline FILE               the heading outline
    textlab segment FILE               tokens, one paragraph per line
    textlab keywords PATH              keywords per document
    textlab topics PATH -k K           fit a topic model and print its topics
    textlab classify FILE              paragraphs with their labels

Exit codes: 0 done (for ``analyze``: at least one document analysed; skipped files are
summarised on stderr, also with ``-q``, and listed in report.html and skipped.csv), 1 an
unexpected error, 2 a bad argument (one line on stderr, before any work starts), 3 no document
could be read or analysed.

Example:
    >>> main(["outline", "seeds/party_building/001_efe964ced9bb2b3e.txt"])  # doctest: +SKIP
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path
from typing import Sequence

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
EXIT_NO_DOCUMENTS = 3
MAX_TOP_N = 1000  # --top-k / --top-n


class CommandError(Exception):
    """A user-facing error: printed without a traceback, exits non-zero."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (no usage block) and exit 2."""

    def error(self, message: str):  # noqa: D102 - argparse API
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _int_range(low: int, high: int):
    """An argparse type: an integer from ``low`` to ``high``."""

    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not an integer") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be an integer from {low} to {high}, not {value}")
        return value

    convert.__name__ = "integer"
    return convert


def _print_skipped(skipped, *, quiet: bool, where: str = "") -> None:
    """One summary line on stderr (also with -q); without -q every entry below it."""
    if not skipped:
        return
    print(f"textlab: warning: skipped {len(skipped)} file(s) or document(s){where}", file=sys.stderr)
    if not quiet:
        for entry in skipped:
            path, reason = entry[0], entry[-1] if len(entry) == 2 else entry[2]
            print(f"  {path}: {reason}", file=sys.stderr)


def _load(path: str, *, quiet: bool):
    """Load a corpus, turning loader problems into clear command errors."""
    from textlab.corpus import load_corpus

    if not Path(path).exists():
        raise CommandError(f"textlab: no such file or folder: {path}")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(path)
    _print_skipped(corpus.skipped, quiet=quiet)
    if len(corpus) == 0:
        detail = "; ".join(f"{p}: {r}" for p, r in corpus.skipped[:5])
        raise CommandError(
            f"textlab: no readable documents in {path}" + (f" ({detail})" if detail else ""),
            EXIT_NO_DOCUMENTS,
        )
    return corpus


def _single_text(path: str, *, quiet: bool) -> str:
    corpus = _load(path, quiet=quiet)
    if len(corpus) != 1:
        raise CommandError(f"textlab: expected one document in {path}, found {len(corpus)}")
    return corpus[0].text


def _cmd_clean(args: argparse.Namespace) -> int:
    from textlab.cleaning import clean

    result = clean(_single_text(args.file, quiet=args.quiet), report=True)
    print(result.text)
    if args.show_removed:
        for removed in result.removed:
            why = removed.reason or removed.step
            where = "?" if removed.line_no is None else removed.line_no
            print(f"# removed line {where} [{why}]: {removed.line.strip()}", file=sys.stderr)
        for key, value in result.meta.items():
            print(f"# meta {key}: {value}", file=sys.stderr)
    return EXIT_OK


def _cmd_outline(args: argparse.Namespace) -> int:
    from textlab.cleaning import clean
    from textlab.outline import structure

    corpus = _load(args.file, quiet=args.quiet)
    for i, doc in enumerate(corpus):
        if len(corpus) > 1:
            print(("\n" if i else "") + f"== {doc.id}")
        print(structure(clean(doc.text)).outline())
    return EXIT_OK


def _cmd_segment(args: argparse.Namespace) -> int:
    from textlab.cleaning import clean
    from textlab.segmentation import Segmenter
    from textlab.outline import paragraphs

    seg = Segmenter()
    text = clean(_single_text(args.file, quiet=args.quiet))
    for para in paragraphs(text):
        tokens = seg.cut(para) if args.all_tokens else seg.tokenize(para)
        print(args.sep.join(tokens))
    return EXIT_OK


def _cmd_keywords(args: argparse.Namespace) -> int:
    from textlab.features import keywords
    from textlab.segmentation import Segmenter
    from textlab.units import paragraph_tokens, parse_document

    corpus = _load(args.path, quiet=args.quiet)
    segmenter = Segmenter()
    token_lists = [[t for *_, tokens in paragraph_tokens(parse_document(doc, segmenter=segmenter)) for t in tokens]
                   for doc in corpus]
    for doc, terms in zip(corpus, keywords(token_lists, top_k=args.top_k, idf=args.idf or "auto")):
        print(f"{doc.id}\t" + "  ".join(f"{term}({score:.3f})" for term, score in terms))
    return EXIT_OK


def _cmd_topics(args: argparse.Namespace) -> int:
    from textlab.analysis import paragraph_units
    from textlab.topics import TopicModel

    corpus = _load(args.path, quiet=args.quiet)
    units = paragraph_units(corpus)
    if len(units) < args.k:
        raise CommandError(f"textlab: {len(units)} paragraphs are too few for {args.k} topics", EXIT_FAILED)
    if not args.quiet:
        print(f"textlab: fitting {args.k} topics on {len(units)} paragraphs …", file=sys.stderr, flush=True)
    try:
        model = TopicModel(n_topics=args.k, random_state=args.random_state).fit([u["tokens"] for u in units])
    except ValueError as error:
        raise CommandError(f"textlab: no topic model could be fitted on {len(units)} paragraphs: {error}", EXIT_FAILED) from None
    for i, (label, words) in enumerate(zip(model.topic_labels(), model.topics(top_n=args.top_n))):
        print(f"topic {i} [{label}]: " + " ".join(w for w, _ in words))
    if args.save:
        model.save(args.save)
        print(f"saved to {args.save}", file=sys.stderr)
    return EXIT_OK


def _cmd_classify(args: argparse.Namespace) -> int:
    from textlab.classify import load_classifier
    from textlab.cleaning import clean
    from textlab.viz import LABEL_NAMES

    clf = load_classifier(args.model) if args.model else load_classifier()
    table = clf.classify_document(clean(_single_text(args.file, quiet=args.quiet)), level=args.level)
    width = args.width
    for row in table.itertuples(index=False):
        name = LABEL_NAMES.get(row.label, row.label)
        prob = getattr(row, f"p_{row.label}")
        text = row.text if len(row.text) <= width else row.text[: width - 1] + "…"
        index = f"{row.paragraph}" if args.level == "paragraph" else f"{row.paragraph}.{row.sentence}"
        print(f"{index:>6}  {row.label:<11} {name} {prob:4.2f}  {text}")
    return EXIT_OK


def _cmd_analyze(args: argparse.Namespace) -> int:
    from textlab.analysis import NoDocumentsError, analyze, check_engine, check_options, check_out_dir

    if args.engine != "dask" and (args.scheduler is not None or args.workers is not None):
        option = "--scheduler" if args.scheduler is not None else "--workers"
        raise CommandError(f"textlab analyze: error: {option} needs --engine dask (the local engine runs in this process)")
    if not Path(args.path).exists():
        raise CommandError(f"textlab: no such file or folder: {args.path}")
    try:  # every argument is checked before any work starts
        check_options(n_topics=args.k, topic_source=args.topics, random_state=args.random_state)
        check_engine(args.engine, scheduler=args.scheduler, workers=args.workers, out=args.out)
        check_out_dir(args.out, source=args.path)
    except ValueError as error:
        raise CommandError(f"textlab analyze: error: {error}") from None
    if args.engine == "dask":
        from textlab.dask_engine import require

        try:
            require()
        except ImportError as error:
            raise CommandError(f"textlab analyze: error: {error}") from None
    try:
        analysis = analyze(
            args.path,
            args.out,
            n_topics=args.k,
            topic_source=args.topics,
            random_state=args.random_state,
            progress=not args.quiet,
            engine=args.engine,
            scheduler=args.scheduler,
            workers=args.workers,
        )
    except ConnectionError as error:
        raise CommandError(f"textlab analyze: error: {error}") from None
    except NoDocumentsError as error:
        _print_skipped(error.skipped, quiet=args.quiet)
        raise CommandError(f"textlab: {error}; nothing written", EXIT_NO_DOCUMENTS) from None
    out = analysis.out
    _print_skipped(analysis.skipped, quiet=args.quiet,
                   where=f" (listed in {out / 'skipped.csv'} and report.html)")
    if not args.quiet:
        print(f"textlab: wrote {out / 'report.html'} ({len(analysis.documents)} documents)", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``textlab`` command."""
    from textlab import __version__

    from textlab.analysis import MAX_TOPICS

    parser = _Parser(
        prog="textlab",
        description="Analyse Chinese government and party-building documents.",
    )
    parser.add_argument("--version", action="version", version=f"textlab {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bars or notes")
        p.set_defaults(func=func)
        return p

    p = add("analyze", _cmd_analyze, "Run the whole flow on a file or folder and write a report.")
    p.add_argument("path", help="a document or a folder of documents (txt/docx/pdf/csv/jsonl)")
    p.add_argument("--out", "-o", required=True,
                   help="output folder (created if missing; an earlier report there is replaced as a whole, "
                        "only when the new run is complete)")
    p.add_argument("-k", type=_int_range(2, MAX_TOPICS), default=None,
                   help=f"number of topics, 2..{MAX_TOPICS} (default: chosen from the corpus size)")
    p.add_argument(
        "--topics",
        choices=("auto", "fit", "shipped"),
        default="auto",
        help="fit topics on these documents, apply the shipped report model, or decide by size (default)",
    )
    p.add_argument("--random-state", type=_int_range(0, 2**32 - 1), default=0)
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: this process (default); dask: Dask workers, also writes DIR/units/*.parquet "
                        "(pip install 'textlab[dask]')")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="with --engine dask: the scheduler of an existing cluster, e.g. tcp://host:8786")
    p.add_argument("--workers", type=_int_range(1, 1024), default=None, metavar="N",
                   help="with --engine dask and no --scheduler: N local worker processes (default: one per core)")

    p = add("clean", _cmd_clean, "Print the cleaned text of one document.")
    p.add_argument("file")
    p.add_argument("--show-removed", action="store_true",
                   help="also list on stderr each removed line as '# removed line N [reason]: text' (N: line "
                        "number in FILE; reason: toolbar, breadcrumb, navigation, metadata:date, related, paywall, "
                        "pagination, notice …), then the metadata found in them as '# meta key: value'; "
                        "stdout keeps only the cleaned text")

    p = add("outline", _cmd_outline, "Print the heading outline of a document (or of each in a folder).")
    p.add_argument("file")

    p = add("segment", _cmd_segment, "Print the tokens of one document, one paragraph per line.")
    p.add_argument("file")
    p.add_argument("--all-tokens", action="store_true", help="every token (lossless cut) instead of modelling tokens")
    p.add_argument("--sep", default=" ", help="token separator (default: space)")

    p = add("keywords", _cmd_keywords, "Print TF-IDF keywords of each document.")
    p.add_argument("path")
    p.add_argument("--top-k", type=_int_range(1, MAX_TOP_N), default=10, help=f"keywords per document, 1..{MAX_TOP_N}")
    p.add_argument("--idf", choices=("corpus", "reports"), default=None,
                   help="IDF from these documents or from the packaged report corpus "
                        "(default: corpus, or reports for fewer than 20 documents: textlab.features.CORPUS_IDF_MIN_DOCS)")

    p = add("topics", _cmd_topics, "Fit a topic model on the paragraphs of a folder and print its topics.")
    p.add_argument("path")
    p.add_argument("-k", type=_int_range(2, MAX_TOPICS), required=True, help=f"number of topics, 2..{MAX_TOPICS}")
    p.add_argument("--top-n", type=_int_range(1, MAX_TOP_N), default=10, help=f"words shown per topic, 1..{MAX_TOP_N}")
    p.add_argument("--random-state", type=_int_range(0, 2**32 - 1), default=0)
    p.add_argument("--save", help="save the fitted model to this folder")

    p = add("classify", _cmd_classify, "Print each paragraph of a document with its label.")
    p.add_argument("file")
    p.add_argument("--level", choices=("paragraph", "sentence"), default="paragraph")
    p.add_argument("--model", help="a saved classifier folder (default: the shipped model)")
    p.add_argument("--width", type=_int_range(10, 100_000), default=60, help="characters of text to show per line (10..100000)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, --version or a bad argument (one line already printed)
        return exit_.code if isinstance(exit_.code, int) else EXIT_BAD_INPUT
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return args.func(args)
    except CommandError as err:
        print(err, file=sys.stderr)
        return err.code
    except FileNotFoundError as err:
        print(f"textlab: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
