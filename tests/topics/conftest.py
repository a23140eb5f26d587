"""Fixtures of the topic-model tests: the paragraphs of four reports, their tokens, a small fitted model.

Session-scoped, so the model is fitted once for all test modules of tests/topics/.
"""

from __future__ import annotations

import pytest

from textlab.topics import TopicModel

from .seeds import SMALL, SOURCES, paragraphs_of


@pytest.fixture(scope="session")
def paras() -> list[str]:
    return paragraphs_of(SOURCES)


@pytest.fixture(scope="session")
def tokens(paras) -> list[list[str]]:
    return TopicModel().tokenize(paras)


@pytest.fixture(scope="session")
def model(tokens) -> TopicModel:
    return TopicModel(**SMALL).fit(tokens)
