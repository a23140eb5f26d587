"""The Dask engine (textlab/dask_engine.py, textlab/parquet.py): the same tables as the local engine
on a real LocalCluster of two worker processes, faults, Parquet layout, options.

No test here is skipped when dask is missing: the README's test command installs ``.[all]``,
which brings dask, distributed and pyarrow; without them these tests fail.

Equality: text and integer columns (documents, labels, keywords, topic words, ranks) must be
equal; float columns (probabilities, keyword scores, topic weights and mixtures, all written
rounded to 6 decimals) within 2e-6 absolute. The two engines run the same code on the same
machine, but Dask's worker processes start with one BLAS thread (distributed sets
OMP/OPENBLAS_NUM_THREADS=1) while the test process may use several; a different summation
order can move a last bit, and rounding to 6 decimals can then move the printed value by one
unit of 1e-6. Here the CSVs came out byte-identical; the tolerance keeps another machine's
BLAS from breaking the test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from textlab import analysis as an
from textlab import dask_engine, report
from textlab.cli import EXIT_BAD_INPUT, main
from textlab.corpus import load_corpus
from textlab.units import UNIT_TABLE_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds" / "party_building"
REPORTS = ROOT / "seeds" / "gov_reports"
COMPARED = ("documents.csv", "paragraphs.csv", "sentences.csv", "keywords.csv", "topics.csv", "doc_topics.csv",
            "skipped.csv")
FLOAT_TOLERANCE = 2e-6


def _read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""])


def assert_same_tables(local: Path, dask: Path, names=COMPARED) -> None:
    """The tables of two runs are equal: text/int columns exactly, floats within FLOAT_TOLERANCE."""
    for name in names:
        a, b = _read(local / name), _read(dask / name)
        assert list(a.columns) == list(b.columns), name
        assert len(a) == len(b), name
        for column in a.columns:
            x, y = a[column], b[column]
            if pd.api.types.is_float_dtype(x) and pd.api.types.is_float_dtype(y):
                xs, ys = x.to_numpy(dtype=float), y.to_numpy(dtype=float)
                assert np.array_equal(np.isnan(xs), np.isnan(ys)), (name, column)
                assert np.allclose(xs, ys, rtol=0, atol=FLOAT_TOLERANCE, equal_nan=True), (name, column)
            else:
                assert x.astype(str).tolist() == y.astype(str).tolist(), (name, column)


@pytest.fixture(scope="module")
def client():
    """A real LocalCluster: two worker processes, one thread each."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster, \
            Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def local_seeds(tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "seeds"
    an.analyze(str(SEEDS), out=out, progress=False)  # 51 paragraphs: the shipped topic model
    return out


@pytest.fixture(scope="module")
def local_reports(tmp_path_factory):
    out = tmp_path_factory.mktemp("local") / "reports"
    analysis = an.analyze(str(REPORTS), out=out, progress=False)  # 118 reports: a topic model is fitted
    assert analysis.topic_source.startswith("fitted on")
    return out


# ------------------------------------------------------------------------------------ equality


def test_seeds_through_the_command_line_with_two_local_workers(local_seeds, tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", str(SEEDS), "--out", str(out), "--engine", "dask", "--workers", "2", "-q"]) == 0
    assert_same_tables(local_seeds, out)
    assert (out / "report.html").exists()
    assert sorted(p.name for p in (out / "units").iterdir()) == ["_schema.md", "part-00000.parquet"]


def test_the_118_reports_give_the_same_labels_keywords_and_topics(local_reports, client, tmp_path):
    out = tmp_path / "out"
    analysis = an.analyze(str(REPORTS), out=out, engine="dask", scheduler=client, progress=False)
    assert analysis.topic_source.startswith("fitted on 9,") and len(analysis.documents) == 118
    assert_same_tables(local_reports, out)
    parts = sorted(p.name for p in (out / "units").glob("*.parquet"))
    assert parts == [f"part-{i:05d}.parquet" for i in range(8)]  # 118 files, 16 per partition

    # the Parquet dataset: the unit table's columns as textlab defines them, then label and p_<class>
    units = pd.read_parquet(out / "units")
    n_unit_columns = len([c for c in UNIT_TABLE_COLUMNS if c in units.columns])
    assert list(units.columns[:n_unit_columns]) == list(UNIT_TABLE_COLUMNS)
    assert list(units.columns[n_unit_columns:]) == ["label", "p_achievement", "p_measure", "p_other", "p_problem"]
    sentences = _read(out / "sentences.csv")
    assert len(units) == len(sentences)
    assert units["label"].tolist() == sentences["label"].tolist()
    assert units["document"].tolist() == sentences["document"].astype(str).tolist()
    assert all(isinstance(t, str) for t in units["tokens"].iloc[5])
    schema = (out / "units" / "_schema.md").read_text(encoding="utf-8")
    assert "| tokens | list<element: string> |" in schema or "| tokens | list<item: string> |" in schema


# ------------------------------------------------------------------------------------ faults


def _kill_once_plugin(marker: str):
    """A worker plugin that ends its worker's process (os._exit) shortly after the first parse
    task starts executing anywhere, exactly once (the marker file says it happened). Defined in a
    function so that it travels to the workers by value."""
    from distributed import WorkerPlugin

    class KillOnce(WorkerPlugin):
        name = "textlab-test-kill-once"

        def transition(self, key, start, finish, **kwargs):
            if finish != "executing" or "textlab-parse" not in str(key):
                return
            try:
                handle = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                return
            os.write(handle, str(os.getpid()).encode())
            os.close(handle)
            threading.Timer(0.2, os._exit, (1,)).start()

    return KillOnce()


def test_a_worker_that_dies_mid_run_costs_a_retry_not_the_run(local_seeds, client, tmp_path, monkeypatch):
    monkeypatch.setattr(dask_engine, "FILES_PER_PARTITION", 1)  # five tasks, one per seed
    marker = tmp_path / "killed"
    before = set(client.run(os.getpid).values())
    plugin = _kill_once_plugin(str(marker))
    client.register_plugin(plugin)
    try:
        out = tmp_path / "out"
        an.analyze(str(SEEDS), out=out, engine="dask", scheduler=client, progress=False)
    finally:
        client.unregister_worker_plugin(plugin.name)
    killed = int(marker.read_text())
    assert killed in before  # one of the two workers was killed while it ran a partition ...
    client.wait_for_workers(2, timeout=120)
    assert killed not in set(client.run(os.getpid).values())  # ... and replaced by the nanny
    assert_same_tables(local_seeds, out)  # the run finished with every document
    assert len(list((out / "units").glob("part-*.parquet"))) == 5
    assert not [p.name for p in (out / "units").iterdir() if p.name.startswith(".")]


def _failing_classifier(prefix: str):
    """The shipped classifier, failing on the documents whose id starts with ``prefix``
    (defined in a function: it travels to the workers by value)."""
    from textlab.classify import load_classifier

    real = load_classifier()

    class FailsOnOne:
        classes_ = real.classes_

        def classify_units(self, units, **kwargs):
            if str(units["document"].iat[0]).startswith(prefix):
                raise RuntimeError("simulated failure in one document")
            return real.classify_units(units, **kwargs)

    return FailsOnOne()


def test_failed_empty_and_unreadable_documents_are_skipped_as_in_the_local_engine(client, tmp_path, monkeypatch):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    for path in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(path, folder / path.name)
    (folder / "sub" / "chrome_only.txt").write_text("首页 > 新闻中心\n分享到：微信 微博\n", encoding="utf-8")
    (folder / "legacy.doc").write_bytes(b"\xd0\xcf\x11\xe0 not a docx")
    (folder / "empty.txt").write_bytes(b"")
    classifier = _failing_classifier("001_")
    local, dask = tmp_path / "local", tmp_path / "dask"
    a = an.analyze(str(folder), out=local, topic_source="shipped", classifier=classifier, progress=False)
    monkeypatch.setattr(dask_engine, "FILES_PER_PARTITION", 2)
    b = an.analyze(str(folder), out=dask, engine="dask", scheduler=client, topic_source="shipped",
                   classifier=classifier, progress=False)
    stages = sorted(s.stage for s in a.skipped)
    assert stages == ["analyse", "clean", "load", "load"]
    assert a.skipped == b.skipped
    assert (local / "skipped.csv").read_bytes() == (dask / "skipped.csv").read_bytes()
    assert_same_tables(local, dask)


def test_an_id_an_earlier_partition_already_had_is_skipped_as_in_the_local_engine(client, tmp_path, monkeypatch):
    """Rows of a.csv get the ids a:1, a:2; the file "a:1.txt" (read after it) has the id a:1 too.
    With one file per partition the duplicate is only seen across partitions."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    rows = [seeds[0].read_text(encoding="utf-8"), seeds[1].read_text(encoding="utf-8")]
    pd.DataFrame({"text": rows}).to_csv(folder / "a.csv", index=False)
    shutil.copy(seeds[2], folder / "a:1.txt")
    shutil.copy(seeds[3], folder / "b.txt")
    local, dask = tmp_path / "local", tmp_path / "dask"
    a = an.analyze(str(folder), out=local, topic_source="shipped", progress=False)
    monkeypatch.setattr(dask_engine, "FILES_PER_PARTITION", 1)
    b = an.analyze(str(folder), out=dask, engine="dask", scheduler=client, topic_source="shipped", progress=False)
    assert [s.reason for s in a.skipped] == ["duplicate id 'a:1' (an earlier file has the same id)"]
    assert a.skipped == b.skipped
    assert a.documents["document"].tolist() == ["a:1", "a:2", "b"]
    assert_same_tables(local, dask)
    assert set(pd.read_parquet(dask / "units")["document"]) == {"a:1", "a:2", "b"}


def test_a_rerun_replaces_every_part_and_a_crashed_run_leaves_the_last_output(client, tmp_path, monkeypatch):
    monkeypatch.setattr(dask_engine, "FILES_PER_PARTITION", 1)
    out = tmp_path / "out"
    an.analyze(str(SEEDS), out=out, engine="dask", scheduler=client, topic_source="shipped", progress=False)
    assert len(list((out / "units").glob("part-*.parquet"))) == 5
    two = tmp_path / "two"
    two.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(path, two / path.name)
    an.analyze(str(two), out=out, engine="dask", scheduler=client, topic_source="shipped", progress=False)
    assert sorted(p.name for p in (out / "units").glob("*.parquet")) == ["part-00000.parquet", "part-00001.parquet"]
    assert set(pd.read_parquet(out / "units")["document"]) == {p.stem for p in two.glob("*.txt")}
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def broken(*args, **kwargs):
        raise RuntimeError("simulated crash while writing the page")

    monkeypatch.setattr(report, "write_report", broken)
    with pytest.raises(RuntimeError, match="simulated crash"):
        an.analyze(str(SEEDS), out=out, engine="dask", scheduler=client, topic_source="shipped", progress=False)
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "two"]  # no temporary folder left


# ------------------------------------------------------------------------------------ options


def test_the_local_engine_never_imports_dask(tmp_path):
    code = (
        "import sys, textlab as tl\n"
        f"tl.analyze({str(SEEDS)!r}, out={str(tmp_path / 'out')!r}, topic_source='shipped', progress=False)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("argv, message", [
    (["--workers", "2"], "--workers needs --engine dask"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
    (["--engine", "dask", "--workers", "2", "--scheduler", "tcp://127.0.0.1:8786"], "not both"),
])
def test_bad_engine_options_are_refused_before_any_work(argv, message, tmp_path, capsys):
    assert main(["analyze", str(SEEDS), "--out", str(tmp_path / "out"), *argv]) == EXIT_BAD_INPUT
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_without_dask_the_dask_engine_names_the_extra_to_install(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed now raises ImportError
    assert main(["analyze", str(SEEDS), "--out", str(tmp_path / "out"), "--engine", "dask"]) == EXIT_BAD_INPUT
    assert "pip install 'textlab[dask]'" in capsys.readouterr().err
    with pytest.raises(ImportError, match=r"pip install 'textlab\[dask\]'"):
        an.analyze(str(SEEDS), out=tmp_path / "out", engine="dask")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("kwargs, message", [
    ({"engine": "spark"}, "engine must be 'local' or 'dask'"),
    ({"engine": "dask", "out": None}, "give out="),
    ({"engine": "local", "workers": 2}, "workers is for engine='dask'"),
    ({"engine": "dask", "workers": 0}, "workers must be an integer"),
    ({"engine": "dask", "scheduler": 8786}, "scheduler must be an address"),
])
def test_bad_engine_arguments_raise_value_error(kwargs, message, tmp_path):
    kwargs = {"out": tmp_path / "out", **kwargs}
    with pytest.raises(ValueError, match=message):
        an.analyze(str(SEEDS), **kwargs)


def test_partitions_are_fixed_by_the_file_list():
    items, skips = dask_engine.list_items(str(REPORTS))
    assert skips == [] and len(items) == 118
    assert [e.position for e in items] == list(range(118))
    parts = dask_engine.partitions(items)
    assert [len(p) for p in parts] == [16] * 7 + [6]
    assert [e.file_id for p in parts for e in p] == [d.id for d in load_corpus(str(REPORTS))]
