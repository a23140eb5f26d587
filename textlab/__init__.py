"""textlab: analyse Chinese government and party-building documents.

The flow, one module per stage::

    corpus -> parse (clean, outline, segment: the unit table) -> classify / keywords / topics
           -> analysis (the main job) -> report / viz / cli

Example:
    >>> import textlab as tl
    >>> tl.sentences("一是建立了机制。二是要抓好落实！")
    ['一是建立了机制。', '二是要抓好落实！']

Names are imported on first use, so ``import textlab`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> (module, attribute): plain functions and classes, imported on first use
_PUBLIC: dict[str, tuple[str, str]] = {
    "Document": ("textlab.corpus", "Document"),
    "Corpus": ("textlab.corpus", "Corpus"),
    "load_corpus": ("textlab.corpus", "load_corpus"),
    "clean": ("textlab.cleaning", "clean"),
    "structure": ("textlab.outline", "structure"),
    "paragraphs": ("textlab.outline", "paragraphs"),
    "sentences": ("textlab.outline", "sentences"),
    "segment": ("textlab.segmentation", "segment"),
    "Segmenter": ("textlab.segmentation", "Segmenter"),
    "keywords": ("textlab.features", "keywords"),
    "TopicModel": ("textlab.topics", "TopicModel"),
    "load_topic_model": ("textlab.topics", "load_topic_model"),
    "ParagraphClassifier": ("textlab.classify", "ParagraphClassifier"),
    "load_classifier": ("textlab.classify", "load_classifier"),
    "parse": ("textlab.units", "parse"),
    "document_type": ("textlab.doctype", "document_type"),
    "analyze": ("textlab.analysis", "analyze"),
    "extract_targets": ("textlab.targets", "extract_targets"),
    "track_targets": ("textlab.targets", "track_targets"),
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> Any:
    try:
        module_name, attr = _PUBLIC[name]
    except KeyError:
        raise AttributeError(f"module 'textlab' has no attribute {name!r}") from None
    module = importlib.import_module(module_name)
    value = getattr(module, attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_PUBLIC))
