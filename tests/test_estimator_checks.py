"""scikit-learn estimator checks for ``textlab.features.TfidfVectorizer``,
``textlab.classify.ParagraphClassifier`` and ``textlab.topics.TopicModel``, and their text-input
counterparts.

scikit-learn's common checks (``parametrize_with_checks``) feed numeric arrays (and sparse
matrices, memmaps, complex numbers, NaN/inf) as ``X``. The estimators here take text, so the
checks fall in three groups:

1. API checks that need no data: run for all estimators and must pass: cloneable,
   ``get_params``/``set_params`` round trips (``check_get_params_invariance``,
   ``check_set_params``), no attribute set in ``__init__`` other than the parameters
   (``check_no_attributes_set_in_init``), default-constructible, ``__repr__``, no validation in
   ``__init__``/``set_params``, tags, mixin order. ``TfidfVectorizer`` inherits the private
   ``_skip_test`` tag of scikit-learn's own vectorizers, so ``parametrize_with_checks`` yields
   nothing for it: the API checks are called directly (``test_vectorizer_api_check``).
2. Data checks that cannot apply to a text estimator (numeric X): listed in ``TEXT_ONLY``
   (``TOPIC_TEXT_ONLY`` for the topic model, a transformer without sample weights or classes)
   with a one-line reason each and marked expected-to-fail (strict: a check that starts to
   pass must be taken off the list). The topic model also passes the unfitted checks
   (scikit-learn's ``NotFittedError`` before any look at X) and the transformer ``n_iter`` check. The property each one guards is tested on text below
   where it makes sense for text (fit returns self, parameters not overwritten, fit idempotent,
   pickle, order/subset invariance, sample_weight forms, one label, continuous or NaN y,
   length mismatch, decision/proba consistency, sorted classes_, Pipeline/GridSearchCV).
   Not re-tested on text: sample-weight equivalence (weights reach the logistic regression
   but not the TF-IDF vocabulary and IDF, so "weight 2 == duplicate" does not hold by design),
   ``n_features_in_`` (no fixed input width for text; scikit-learn's own vectorizers do not
   set it either), dtype/contiguity/memmap/complex/sparse/NaN variants of numeric X.
3. ``BUGS`` lists checks that fail because of a known bug (strict xfail); it is empty now
   (ParagraphClassifier raised RuntimeError before fit until 0.1.0 switched to NotFittedError).
"""

from __future__ import annotations

import pickle
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn import clone
from sklearn.exceptions import NotFittedError, SkipTestWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.utils import estimator_checks
from sklearn.utils.estimator_checks import parametrize_with_checks
from sklearn.utils.validation import check_is_fitted

import textlab as tl
from textlab.classify import CLASSES, ParagraphClassifier
from textlab.features import TfidfVectorizer
from textlab.topics import TopicModel
from small_data import SMALL_TRAINING_SET  # tests/small_data.py
from tolerances import assert_labels_agree_where_clear  # tests/tolerances.py

ROOT = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------- which checks apply

_NUMERIC_X = "fits a numeric array; X is text (list of str or a unit table), a number is refused with TypeError"
TEXT_ONLY: dict[str, str] = {
    "check_fit_score_takes_y": _NUMERIC_X,
    "check_estimators_overwrite_params": _NUMERIC_X + " (tested on text: parameters unchanged by fit)",
    "check_dont_overwrite_parameters": _NUMERIC_X + " (tested on text: no public attribute added by fit)",
    "check_estimators_fit_returns_self": _NUMERIC_X + " (tested on text: fit returns self)",
    "check_readonly_memmap_input": "X as a read-only numeric memmap; text has no memmap form",
    "check_n_features_in_after_fitting": "n_features_in_ describes numeric X; text has no fixed width",
    "check_positive_only_tag_during_fit": "negative numeric X; the positive-only tag means nothing for text",
    "check_estimators_dtypes": "numeric X in float32/int64/int32; text has no dtype",
    "check_sample_weights_pandas_series": _NUMERIC_X + " (tested on text: a pandas Series weight works)",
    "check_sample_weights_not_an_array": "numeric array-like X wrapper; text input is a list or a DataFrame",
    "check_sample_weights_list": _NUMERIC_X + " (tested on text: a list weight works)",
    "check_all_zero_sample_weights_error": _NUMERIC_X,
    "check_sample_weights_shape": _NUMERIC_X + " (tested on text: a wrong-length weight is refused)",
    "check_sample_weights_not_overwritten": _NUMERIC_X + " (tested on text: the weight array is unchanged)",
    "check_sample_weight_equivalence_on_dense_data": "weight 2 == duplicate does not hold: TF-IDF vocabulary/IDF ignore weights",
    "check_complex_data": "complex numeric X; not text",
    "check_dtype_object": "object array of numbers as X; text must be str",
    "check_estimators_empty_data_messages": "empty 2-D numeric array; empty text input raises ValueError (empty vocabulary)",
    "check_pipeline_consistency": _NUMERIC_X + " (tested on text: Pipeline with TfidfVectorizer)",
    "check_estimators_nan_inf": "NaN/inf in numeric X; text cannot hold NaN",
    "check_estimator_sparse_tag": "sparse numeric X; the classifier builds its own sparse features from text",
    "check_estimator_sparse_array": "sparse numeric X; refused with 'texts must be str'",
    "check_estimator_sparse_matrix": "sparse numeric X; refused with 'texts must be str'",
    "check_estimators_pickle": _NUMERIC_X + " (tested on text: pickle round trip predicts the same)",
    "check_f_contiguous_array_estimator": "Fortran-ordered numeric X; text has no memory layout",
    "check_classifier_data_not_an_array": "numeric array-like X wrapper; not text",
    "check_classifiers_one_label": _NUMERIC_X + " (tested on text: one label -> error naming the class)",
    "check_classifiers_one_label_sample_weights": _NUMERIC_X,
    "check_classifiers_classes": "numeric X with string/int labels; labels must be the four textlab classes",
    "check_classifiers_train": _NUMERIC_X + " (tested on text: length mismatch -> ValueError)",
    "check_classifiers_regression_target": _NUMERIC_X + " (tested on text: continuous y -> ValueError)",
    "check_supervised_y_no_nan": _NUMERIC_X + " (tested on text: NaN in y -> ValueError)",
    "check_supervised_y_2d": "numeric X with 2-D y; labels are one string per text",
    "check_class_weight_classifiers": "numeric X with integer labels; labels must be the four textlab classes",
    "check_non_transformer_estimators_n_iter": "numeric X; n_iter_ of the inner solver is not exposed",
    "check_decision_proba_consistency": _NUMERIC_X + " (tested on text: argmax of both agree)",
    "check_methods_sample_order_invariance": _NUMERIC_X + " (tested on text)",
    "check_methods_subset_invariance": _NUMERIC_X + " (tested on text)",
    "check_fit2d_1sample": "one numeric sample; not text",
    "check_fit2d_1feature": "one numeric feature; not text",
    "check_dict_unchanged": _NUMERIC_X,
    "check_fit_idempotent": _NUMERIC_X + " (tested on text: refit gives identical probabilities)",
    "check_fit_check_is_fitted": _NUMERIC_X + " (tested on text: check_is_fitted before/after fit)",
    "check_n_features_in": "n_features_in_ describes numeric X; text has no fixed width",
    "check_fit1d": "1-D numeric X; not text",
    "check_fit2d_predict1d": "2-D numeric X; not text",
    "check_requires_y_none": _NUMERIC_X,
}
_TOKENS_X = "fits a numeric array; X is texts or token lists, a row of numbers is refused with TypeError"
TOPIC_TEXT_ONLY: dict[str, str] = {
    **{name: TEXT_ONLY[name].replace(_NUMERIC_X, _TOKENS_X) for name in (
        "check_fit_score_takes_y", "check_estimators_overwrite_params", "check_dont_overwrite_parameters",
        "check_estimators_fit_returns_self", "check_readonly_memmap_input", "check_n_features_in_after_fitting",
        "check_estimators_dtypes", "check_complex_data", "check_dtype_object", "check_estimators_nan_inf",
        "check_estimators_pickle", "check_f_contiguous_array_estimator", "check_methods_sample_order_invariance",
        "check_methods_subset_invariance", "check_fit2d_1sample", "check_fit2d_1feature", "check_dict_unchanged",
        "check_fit_idempotent", "check_fit_check_is_fitted", "check_n_features_in", "check_fit1d",
        "check_fit2d_predict1d",
    )},
    "check_positive_only_tag_during_fit": "negative numeric X; counts of tokens are never negative",
    "check_estimators_empty_data_messages": "empty 2-D numeric array; no text or no token raises ValueError "
                                            "(at least one text / corpus too small)",
    "check_pipeline_consistency": _TOKENS_X + " (tested on text: fit_transform equals fit then transform)",
    "check_estimator_sparse_tag": "sparse numeric X; the model counts tokens into its own sparse matrix",
    "check_estimator_sparse_array": "sparse numeric X; refused with 'expected a str, a Document or a list of str tokens'",
    "check_estimator_sparse_matrix": "sparse numeric X; refused with 'expected a str, a Document or a list of str tokens'",
    "check_transformer_data_not_an_array": "numeric array-like X wrapper; not text",
    "check_transformer_general": _TOKENS_X + " (tested on text: fit_transform equals fit then transform)",
    "check_transformer_preserve_dtypes": "float32 numeric X; topic shares are float64 whatever the text",
}
BUGS: dict[str, str] = {}


def _expected_failed_checks(estimator) -> dict[str, str]:
    if isinstance(estimator, ParagraphClassifier):
        return {**TEXT_ONLY, **BUGS}
    if isinstance(estimator, TopicModel):
        return {**TOPIC_TEXT_ONLY, **BUGS}
    return {}


with warnings.catch_warnings():
    # scikit-learn warns that it "can't test" the string-input vectorizer (see module docstring)
    warnings.simplefilter("ignore", SkipTestWarning)
    _SKLEARN_CHECKS = parametrize_with_checks(
        [TfidfVectorizer(), ParagraphClassifier(), TopicModel()],
        expected_failed_checks=_expected_failed_checks,
        xfail_strict=True,
    )


@_SKLEARN_CHECKS
def test_sklearn_compatible_estimator(estimator, check):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        check(estimator)


API_CHECKS = [
    "check_estimator_cloneable",
    "check_estimator_repr",
    "check_no_attributes_set_in_init",
    "check_do_not_raise_errors_in_init_or_set_params",
    "check_parameters_default_constructible",
    "check_get_params_invariance",
    "check_set_params",
    "check_estimator_tags_renamed",
    "check_valid_tag_types",
    "check_mixin_order",
]


@pytest.mark.parametrize("check_name", API_CHECKS)
def test_vectorizer_api_check(check_name):
    getattr(estimator_checks, check_name)("TfidfVectorizer", TfidfVectorizer(min_len=2, pos={"n"}, clean=False))


# ---------------------------------------------------------------- the same properties on text


def _seed_paragraphs() -> tuple[list[str], list[str]]:
    paras, sources = [], []
    for path in sorted((ROOT / "seeds" / "party_building").glob("*.txt")):
        found = [p for p in tl.paragraphs(tl.clean(path.read_text(encoding="utf-8"))) if len(p) >= 10]
        paras += found
        sources += [path.stem] * len(found)
    return paras, sources


PARAGRAPHS, PARAGRAPH_SOURCES = _seed_paragraphs()
TRAIN = SMALL_TRAINING_SET
X_TRAIN = [t for t, _ in TRAIN]
Y_TRAIN = [y for _, y in TRAIN]
PROBE = PARAGRAPHS[:30]


def _classifier() -> ParagraphClassifier:
    return ParagraphClassifier(min_df=1, max_features=3000, C=2.0)


def _vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(min_len=2, min_df=1)


def _topic_model() -> TopicModel:
    return TopicModel(n_topics=3, passes=2, iterations=30, random_state=0)


def _fit(est):
    return est.fit(X_TRAIN, Y_TRAIN) if isinstance(est, ParagraphClassifier) else est.fit(PARAGRAPHS)


def _output(est, X) -> np.ndarray:
    if isinstance(est, ParagraphClassifier):
        return est.predict_proba(X)
    if isinstance(est, TopicModel):
        return est.transform(X)
    return est.transform(X).toarray()


ESTIMATORS = [
    pytest.param(_classifier, id="ParagraphClassifier"),
    pytest.param(_vectorizer, id="TfidfVectorizer"),
    pytest.param(_topic_model, id="TopicModel"),
]


@pytest.mark.parametrize("make", ESTIMATORS)
def test_fit_returns_self_and_leaves_parameters_alone(make):
    est = make()
    before = clone(est).get_params()
    public_before = {k for k in vars(est) if not k.startswith("_")}
    assert _fit(est) is est
    after = est.get_params()
    assert before.keys() == after.keys()
    for key in before:
        want = pytest.approx(before[key], rel=1e-9) if isinstance(before[key], float) else before[key]
        assert after[key] is before[key] or after[key] == want, key
    added = {k for k in vars(est) if not k.startswith("_")} - public_before
    assert added and all(k.endswith("_") for k in added), sorted(added)


@pytest.mark.parametrize("make", ESTIMATORS)
def test_clone_of_a_fitted_estimator_is_unfitted_with_the_same_params(make):
    est = _fit(make())
    copy = clone(est)
    assert copy.get_params() == {k: pytest.approx(v, rel=1e-9) if isinstance(v, float) else v for k, v in est.get_params().items()}
    with pytest.raises(NotFittedError):
        check_is_fitted(copy)
    check_is_fitted(est)


@pytest.mark.parametrize("make", ESTIMATORS)
def test_not_fitted_errors(make):
    est = make()
    methods = [m for m in ("predict", "predict_proba", "decision_function", "transform") if hasattr(est, m)]
    for method in methods:
        try:
            getattr(est, method)(PROBE[:2])
        except NotFittedError as err:
            assert "fit" in str(err)
        except Exception as err:  # noqa: BLE001 - any other type is the failure we test for
            raise AssertionError(f"{method} before fit raised {type(err).__name__}: {err}") from None
        else:
            raise AssertionError(f"{method} before fit did not raise")


@pytest.mark.parametrize("make", ESTIMATORS)
def test_fit_is_idempotent_and_pickle_round_trips(make):
    est = _fit(make())
    first = _output(est, PROBE)
    # same process, same data: equal up to float rounding (a threaded BLAS may sum in another order);
    # a refit that learned anything different moves outputs by orders of magnitude more than 1e-9
    np.testing.assert_allclose(_output(_fit(est), PROBE), first, rtol=1e-7, atol=1e-9)
    restored = pickle.loads(pickle.dumps(est))
    np.testing.assert_allclose(_output(restored, PROBE), first, rtol=1e-7, atol=1e-9)
    if isinstance(est, ParagraphClassifier):
        assert_labels_agree_where_clear(restored.predict(PROBE), est.predict(PROBE), est.decision_function(PROBE))


@pytest.mark.parametrize("make", ESTIMATORS)
def test_outputs_do_not_depend_on_order_or_batch(make):
    est = _fit(make())
    full = _output(est, PROBE)
    order = np.random.RandomState(0).permutation(len(PROBE))
    np.testing.assert_allclose(_output(est, [PROBE[i] for i in order]), full[order], rtol=1e-6, atol=1e-7)
    batches = np.vstack([_output(est, PROBE[i:i + 7]) for i in range(0, len(PROBE), 7)])
    np.testing.assert_allclose(batches, full, rtol=1e-6, atol=1e-7)


def test_vectorizer_fit_transform_equals_fit_then_transform():
    a = _vectorizer().fit_transform(PARAGRAPHS).toarray()
    b = _vectorizer().fit(PARAGRAPHS).transform(PARAGRAPHS).toarray()
    np.testing.assert_allclose(a, b, rtol=1e-7, atol=1e-9)


def test_classifier_classes_are_sorted_and_decision_agrees_with_proba():
    clf = _fit(_classifier())
    assert list(clf.classes_) == sorted(set(Y_TRAIN)) == sorted(CLASSES)
    scores, proba = clf.decision_function(PROBE), clf.predict_proba(PROBE)
    assert scores.shape == proba.shape == (len(PROBE), 4)
    # the calibrated probabilities keep the ranking of the scores (rows with near-tied scores left out)
    clear = assert_labels_agree_where_clear(proba.argmax(axis=1), scores.argmax(axis=1), scores)
    assert clear >= len(PROBE) - 1
    assert clf.predict(PROBE) == [clf.classes_[i] for i in proba.argmax(axis=1)]


@pytest.mark.parametrize("weight", [list, np.asarray, pd.Series], ids=["list", "ndarray", "Series"])
def test_classifier_accepts_sample_weight_forms_without_changing_them(weight):
    values = np.linspace(0.5, 2.0, len(X_TRAIN))
    sw = weight(values.copy())
    clf = _classifier().fit(X_TRAIN, Y_TRAIN, sample_weight=sw)
    np.testing.assert_allclose(np.asarray(sw), values, rtol=1e-12, atol=0)  # the caller's weights are not changed
    reference = _classifier().fit(X_TRAIN, Y_TRAIN, sample_weight=values)
    np.testing.assert_allclose(clf.predict_proba(PROBE), reference.predict_proba(PROBE), rtol=1e-7, atol=1e-9)
    unweighted = _classifier().fit(X_TRAIN, Y_TRAIN)
    assert not np.allclose(unweighted.predict_proba(PROBE), reference.predict_proba(PROBE))


@pytest.mark.parametrize(
    "y, sample_weight, message",
    [
        (Y_TRAIN[:-1], None, "labels"),  # length mismatch
        (list(np.linspace(0, 1, len(Y_TRAIN))), None, "unknown labels"),  # a continuous target
        (Y_TRAIN[:-1] + [float("nan")], None, "unknown labels"),
        (["measure"] * len(Y_TRAIN), None, "class"),  # one label
        (Y_TRAIN, np.ones(3), "sample_weight"),
    ],
    ids=["length", "continuous", "nan", "one-label", "weight-shape"],
)
def test_classifier_refuses_bad_targets_with_value_error(y, sample_weight, message):
    with pytest.raises(ValueError, match=message):
        _classifier().fit(X_TRAIN, y, sample_weight=sample_weight)


@pytest.mark.parametrize("bad", [np.zeros((4, 3)), [1, 2, 3, 4], "一段文字"], ids=["array", "ints", "str"])
def test_classifier_refuses_non_text_x_with_type_error(bad):
    with pytest.raises(TypeError):
        _classifier().fit(bad, Y_TRAIN[:4])


def test_pipeline_and_grid_search_clone_and_set_params():
    texts = X_TRAIN * 2
    labels = Y_TRAIN * 2
    pipe = make_pipeline(TfidfVectorizer(min_len=1), LogisticRegression(max_iter=500))
    search = GridSearchCV(pipe, {"tfidfvectorizer__min_len": [1, 2], "logisticregression__C": [1.0, 10.0]}, cv=2)
    search.fit(texts, labels)
    assert search.best_params_["tfidfvectorizer__min_len"] in (1, 2)
    assert set(search.predict(PROBE)) <= set(CLASSES)
    grid = GridSearchCV(_classifier(), {"C": [0.5, 4.0]}, cv=2).fit(texts, labels)
    assert set(grid.predict(PROBE)) <= set(CLASSES)
    assert grid.best_estimator_.get_params()["C"] in (0.5, 4.0)


def test_topic_model_in_a_pipeline_and_grid_search():
    """Topic shares as features of a classifier, K chosen by cross-validation (clone, set_params, fit, transform)."""
    pipe = make_pipeline(_topic_model(), LogisticRegression(max_iter=500))
    search = GridSearchCV(pipe, {"topicmodel__n_topics": [2, 4]}, cv=2).fit(PARAGRAPHS, PARAGRAPH_SOURCES)
    assert search.best_params_["topicmodel__n_topics"] in (2, 4)
    fitted = search.best_estimator_.named_steps["topicmodel"]
    check_is_fitted(fitted)
    assert fitted.components_.shape[0] == search.best_params_["topicmodel__n_topics"]
    assert set(search.predict(PROBE)) <= set(PARAGRAPH_SOURCES)
    # the grid's models are clones: the estimator handed to the pipeline is left unfitted
    with pytest.raises(NotFittedError):
        check_is_fitted(pipe.named_steps["topicmodel"])
    shares = search.best_estimator_[:-1].transform(PROBE)
    np.testing.assert_allclose(shares, fitted.transform(PROBE), rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(shares.sum(axis=1), 1.0, rtol=1e-9)
