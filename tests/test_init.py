"""Tests for textlab/__init__.py: the public names are plain functions and classes, lazily imported."""

from __future__ import annotations

import importlib
import inspect
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

import textlab as tl

FUNCTIONS = ("clean", "structure", "paragraphs", "sentences", "segment", "keywords", "load_corpus",
             "load_classifier", "load_topic_model", "analyze")


def test_public_functions_are_plain_functions_with_real_signatures():
    for name in FUNCTIONS:
        func = getattr(tl, name)
        assert inspect.isfunction(func), name
        params = inspect.signature(func).parameters
        assert params, name
        assert not any(p.kind is p.VAR_POSITIONAL for p in params.values()), name
    assert list(inspect.signature(tl.clean).parameters)[0] == "text"


def test_importing_a_stage_module_does_not_shadow_the_function():
    for module in ("textlab.cleaning", "textlab.outline", "textlab.segmentation"):
        importlib.import_module(module)  # binds textlab.<module>, never textlab.clean & co

    assert inspect.isfunction(tl.clean) and inspect.isfunction(tl.structure) and inspect.isfunction(tl.segment)


def test_public_functions_pickle_and_run_in_a_process_pool():
    for name in ("clean", "sentences", "paragraphs"):
        assert pickle.loads(pickle.dumps(getattr(tl, name))) is getattr(tl, name)
    texts = ["　同志们:\n\n", "一是建立了机制。二是要抓好落实！"]
    with ProcessPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(tl.clean, texts)) == [tl.clean(t) for t in texts]
        assert list(pool.map(tl.sentences, texts)) == [tl.sentences(t) for t in texts]


def test_import_does_no_work():
    code = "import sys, textlab; print(sorted(m for m in sys.modules if m.startswith(('textlab.', 'jieba', 'sklearn', 'pandas', 'numpy'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
