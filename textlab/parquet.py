"""The unit table as Parquet: the layout and schema of ``DIR/units/`` (written by the Dask engine).

This module owns how a labelled unit table goes to and comes back from Parquet files:

* layout: ``DIR/units/part-00000.parquet``, ``part-00001.parquet`` … one file per partition of
  the sorted file list (:mod:`textlab.dask_engine`), in corpus order; a partition whose documents
  were all skipped has no file. ``DIR/units/_schema.md`` lists the columns and their Arrow types
  as written (Spark, Dask, DuckDB and pyarrow datasets ignore files starting with "_" or ".");
* columns: those of :data:`textlab.units.UNIT_TABLE_COLUMNS` as the installed textlab defines
  them (read at run time, so columns other modules add flow through), then ``label`` (the
  sentence's function: achievement / problem / measure / other) and ``p_<class>`` (the
  classifier's probability of each class, float64), then any other column of the table;
* one row per sentence (``document``, ``paragraph``, ``sentence`` give its place), ``tokens`` a
  list of strings (the modelling tokens of the sentence).

Open the dataset with ``pandas.read_parquet("DIR/units")``, ``polars.read_parquet("DIR/units/*.parquet")``,
``duckdb.sql("select * from 'DIR/units/*.parquet'")`` or ``dask.dataframe.read_parquet("DIR/units")``.
Needs pyarrow (``pip install 'textlab[dask]'``); importing this module does not import it.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Iterable

UNITS_FOLDER = "units"
SCHEMA_FILE = "_schema.md"
ROWS_PER_GROUP = 50_000  # rows buffered before a Parquet row group is written


def part_name(index: int) -> str:
    """File name of partition ``index``: ``part-00007.parquet``."""
    return f"part-{index:05d}.parquet"


def unit_columns(columns: Iterable[str]) -> list[str]:
    """``columns`` ordered for the Parquet files: the unit table's columns first (as
    :data:`textlab.units.UNIT_TABLE_COLUMNS` has them at run time), then ``label``, the
    ``p_<class>`` columns and the rest in their given order."""
    from textlab.units import UNIT_TABLE_COLUMNS

    given = list(columns)
    first = [c for c in UNIT_TABLE_COLUMNS if c in given]
    label = [c for c in given if c == "label"]
    proba = [c for c in given if c.startswith("p_") and c not in first]
    rest = [c for c in given if c not in first and c not in label and c not in proba]
    return first + label + proba + rest


def arrow_schema(frame):
    """The Arrow schema of a labelled unit table: inferred from ``frame``, with ``tokens`` a list
    of strings and columns without a single value as strings (so every partition agrees)."""
    import pyarrow as pa

    schema = pa.Schema.from_pandas(frame, preserve_index=False)
    for i, field in enumerate(schema):
        if field.name == "tokens":
            schema = schema.set(i, pa.field("tokens", pa.list_(pa.string())))
        elif pa.types.is_null(field.type):
            schema = schema.set(i, pa.field(field.name, pa.string()))
    return schema


class UnitWriter:
    """Writes one partition's labelled unit tables (one per document, in order) into one Parquet
    file, row group by row group; the file appears under its final name only on ``close``
    (a retried task never leaves a half-written part)."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self._tmp = self.path.with_name(f".{self.path.name}.{uuid.uuid4().hex}.tmp")
        self._writer = None
        self._schema = None
        self._columns: list[str] | None = None
        self._buffer: list = []
        self._rows = 0
        self.n_rows = 0

    def write(self, frame) -> None:
        if self._columns is None:
            self._columns = unit_columns(frame.columns)
        self._buffer.append(frame.reindex(columns=self._columns))
        self._rows += len(frame)
        if self._rows >= ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pandas as pd
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._buffer:
            return
        frame = pd.concat(self._buffer, ignore_index=True) if len(self._buffer) > 1 else self._buffer[0]
        if self._writer is None:
            self._schema = arrow_schema(frame)
            self._writer = pq.ParquetWriter(self._tmp, self._schema)
        self._writer.write_table(pa.Table.from_pandas(frame, schema=self._schema, preserve_index=False))
        self.n_rows += len(frame)
        self._buffer, self._rows = [], 0

    def close(self):
        """Finish the file; returns its Arrow schema (None when nothing was written: no file)."""
        self._flush()
        if self._writer is None:
            return None
        self._writer.close()
        os.replace(self._tmp, self.path)
        return self._schema

    def discard(self) -> None:
        if self._writer is not None:
            self._writer.close()
        if self._tmp.exists():
            self._tmp.unlink()


def read_units(path: str | os.PathLike, columns: list[str] | None = None):
    """One part (or the whole ``units`` folder) as a pandas DataFrame, in file order."""
    import pyarrow.parquet as pq

    return pq.read_table(path, columns=columns).to_pandas()


def schema_text(schema) -> str:
    """``_schema.md``: the layout and one line per column (name, Arrow type, meaning)."""
    meanings = {
        "document": "document id (a part of a long document: <id>#p0001 …)",
        "paragraph": "paragraph number in the document (0-based)",
        "sentence": "sentence number in the paragraph (0-based)",
        "text": "the sentence, cleaned and normalised",
        "tokens": "its modelling tokens",
        "label": "the sentence's function: achievement, problem, measure or other",
    }
    lines = [
        "# textlab unit table (Parquet)",
        "",
        "One row per sentence; files `part-NNNNN.parquet`, one per partition of the sorted file list, "
        "in corpus order (documents in reading order inside each file). Written by `textlab analyze "
        "--engine dask`; the columns are textlab.units.UNIT_TABLE_COLUMNS of the textlab that wrote them, "
        "then label and p_<class> (the classifier's probabilities). See textlab/parquet.py and the README.",
        "",
        "| column | Arrow type | meaning |",
        "|---|---|---|",
    ]
    for field in schema:
        meaning = meanings.get(field.name, "probability of this class" if field.name.startswith("p_") else "")
        lines.append(f"| {field.name} | {field.type} | {meaning} |")
    return "\n".join(lines) + "\n"
