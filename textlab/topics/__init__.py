"""Topic models (LDA) for Chinese official documents: gensim underneath, scikit-learn on top.

:class:`TopicModel` turns raw paragraphs or token lists into topics you can read, label, plot,
compare across years and regions, defend with coherence scores, and save in a format that
cannot run code when it is loaded. This package only re-exports; each module owns one concern:

* :mod:`~textlab.topics.model` - the :class:`TopicModel` estimator and :func:`load_topic_model`;
* :mod:`~textlab.topics.vocabulary` - input kinds, training texts, document-frequency limits,
  vocabulary and bag-of-words counts;
* :mod:`~textlab.topics.inference` - LDA training from an NMF start, deterministic inference;
* :mod:`~textlab.topics.quality` - diversity, document NPMI, coherence;
* :mod:`~textlab.topics.tables` - document-topic tables and prevalence by metadata;
* :mod:`~textlab.topics.sweep` - choosing K;
* :mod:`~textlab.topics.storage` - the saved model folder (on :mod:`textlab.persistence`).

Example:
    >>> from textlab.topics import TopicModel, load_topic_model
    >>> tm = load_topic_model()               # the shipped model of the report corpus
    >>> tm.topic_labels()[5]
    '文化·教育·人才'
    >>> tm.transform(["办好人民满意的教育，发展职业教育。"]).round(2)
    array([[0.02, 0.02, 0.02, 0.02, 0.02, 0.82, 0.02, 0.02, 0.02, 0.02]])
    >>> mine = TopicModel(n_topics=10, random_state=0).fit(paragraphs)    # doctest: +SKIP
    >>> mine.save("my_model"); TopicModel.load("my_model")                # doctest: +SKIP

Pipeline. A raw string is cleaned (:func:`textlab.cleaning.clean`) and tokenized with a
:class:`textlab.segmentation.Segmenter` (domain lexicon, stopwords; the default drops one-character
tokens, ``min_len=2``); a token list (e.g. from the ``tokens`` column of the unit table) is used
as given, never cleaned or segmented again. Texts with fewer than ``min_tokens`` tokens do not
train. The vocabulary keeps tokens found in at least ``no_below`` texts and at most a share
``no_above`` of them, then the ``keep_n`` most frequent; ties are broken by the token itself, so
ids never depend on hashing. LDA starts from an NMF of the TF-IDF matrix (``init="nmf"``), which
gives markedly more coherent and more stable topics than gensim's random start on this genre
(numbers in the :class:`TopicModel` docstring).

Determinism. Training uses the single-process ``gensim.models.LdaModel`` seeded with
``random_state``: the same texts and seed give identical topics in the same process and in a
fresh one with another ``PYTHONHASHSEED`` (tested). ``LdaMulticore`` does not: on the report
paragraphs (9,608 paragraphs, K=10, passes=5, random_state=0, workers=1, gensim 4.4, 2 cores)
two runs in separate processes gave topic-word matrices differing by up to 0.039 (absolute, in
probability) and different top-10 word sets for all 10 topics, while two LdaModel runs were
identical to the last bit; presumably its worker results are merged in the order they arrive.
It is not used. :meth:`TopicModel.transform` does not use gensim's inference either (see
:mod:`textlab.topics.inference`): it needs no random numbers, a text's topic shares do not
depend on the other texts in the call, and repeated calls, and calls after save/load, give
identical arrays.

Corpus size. Left unset, ``no_below`` and ``no_above`` adapt to the number n of training texts
(:func:`default_df_limits`): at least 1 % of the texts but between 2 and 5 of them, and at most
10 % of them but never fewer than 20 texts. From 500 texts on that is the fixed 5 / 10 % the
shipped model was trained with; a single document's dozen paragraphs still get a vocabulary.
Below :data:`MIN_TRAINING_TEXTS` training texts, or with fewer vocabulary tokens than topics,
``fit`` raises :class:`CorpusTooSmallError` (a ``ValueError``) saying what to do.

Saved format: a directory of ``manifest.json``, ``arrays.npz`` and ``vocabulary.json``, no
pickle anywhere (:mod:`textlab.topics.storage`). :meth:`TopicModel.load` treats the folder as
hostile and raises :class:`ModelFormatError` naming the file and the problem.

Errors: an unfitted model raises scikit-learn's ``NotFittedError`` (re-exported here).
"""

from sklearn.exceptions import NotFittedError

from textlab.persistence import ModelFormatError
from textlab.topics.model import DEFAULT_MIN_LEN, TopicModel, load_topic_model
from textlab.topics.quality import COHERENCE_MEASURES, document_npmi, topic_diversity
from textlab.topics.storage import FORMAT_NAME, FORMAT_VERSION
from textlab.topics.sweep import choose_k, plot_sweep, sweep_k
from textlab.topics.vocabulary import MIN_TRAINING_TEXTS, CorpusTooSmallError, default_df_limits

__all__ = [
    "TopicModel",
    "load_topic_model",
    "sweep_k",
    "choose_k",
    "plot_sweep",
    "document_npmi",
    "topic_diversity",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "ModelFormatError",
    "NotFittedError",
    "CorpusTooSmallError",
    "MIN_TRAINING_TEXTS",
    "COHERENCE_MEASURES",
    "DEFAULT_MIN_LEN",
    "default_df_limits",
]
