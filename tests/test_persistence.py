"""Model folders as hostile input (textlab.persistence): one test per way of tampering with one.

Every case starts from a real saved model: the 0.1.0 compat fixtures in tests/data/compat/0.1.0
(classifier in format 1, topic model), and the same classifier saved again by this textlab
(format 2, cues referenced by name, version and hash). When a case changes a data file, the
manifest's SHA-256 is updated too (an attacker who edits both), so that the check under test,
not the hash, is what refuses it. Each refusal must be a ModelFormatError (a ValueError) whose
message names the file and the problem.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pytest

import textlab.classify as classify
import textlab.topics as topics
from textlab.classify import ParagraphClassifier
from textlab.persistence import MAX_FILE_BYTES, MAX_MANIFEST_BYTES, ModelFormatError
from textlab.topics import TopicModel
from tolerances import assert_labels_agree_where_clear  # tests/tolerances.py

ROOT = Path(__file__).resolve().parents[1]
COMPAT = Path(__file__).resolve().parent / "data" / "compat" / "0.1.0"
EXPECTED = json.loads((COMPAT / "expected.json").read_text(encoding="utf-8"))
KINDS = ("classifier-0.1.0", "classifier-v2", "topics")
CLASSIFIERS = ("classifier-0.1.0", "classifier-v2")
HEX64 = re.compile(r"[0-9a-f]{64}")
posix_only = pytest.mark.skipif(os.name != "posix", reason="symbolic links and FIFOs as on Linux/macOS")


def _load_as(cls, folder: Path):
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*config_hash.*", category=UserWarning)
        return cls.load(folder)


@pytest.fixture(scope="module")
def saved_v2(tmp_path_factory) -> Path:
    """The 0.1.0 classifier fixture saved by this textlab (format 2)."""
    clf = ParagraphClassifier.load(COMPAT / "classifier")
    return clf.save(tmp_path_factory.mktemp("v2") / "classifier")


@pytest.fixture
def model(tmp_path, saved_v2):
    """Copy of a saved model of one kind in tmp_path/<kind>; returns (class, folder)."""

    def copy(kind: str) -> tuple[type, Path]:
        source = {"classifier-0.1.0": COMPAT / "classifier", "classifier-v2": saved_v2, "topics": COMPAT / "topics"}[kind]
        dest = tmp_path / kind
        shutil.copytree(source, dest)
        return (TopicModel if kind == "topics" else ParagraphClassifier), dest

    return copy


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _manifest(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def _write_manifest(folder: Path, manifest) -> None:
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def _rehash(folder: Path, name: str) -> None:
    manifest = _manifest(folder)
    manifest["files"][name] = _sha256(folder / name)
    _write_manifest(folder, manifest)


def _edit_arrays(folder: Path, edit) -> None:
    with np.load(folder / "arrays.npz", allow_pickle=False) as npz:
        arrays = {name: np.array(npz[name]) for name in npz.files}
    edit(arrays)
    np.savez(folder / "arrays.npz", **arrays)
    _rehash(folder, "arrays.npz")


def _edit_vocabulary(folder: Path, edit) -> None:
    vocab = json.loads((folder / "vocabulary.json").read_text(encoding="utf-8"))
    vocab = edit(vocab) or vocab
    (folder / "vocabulary.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    _rehash(folder, "vocabulary.json")


def _refused(cls, folder: Path, file: str, *patterns: str) -> str:
    with pytest.raises(ModelFormatError) as err:
        _load_as(cls, folder)
    message = str(err.value)
    assert str(folder / file) in message, message
    for pattern in patterns:
        assert re.search(pattern, message), message
    return message


# ---------------------------------------------------------------- the untouched models load


def test_shipped_and_fixture_models_load_and_predict_as_before():
    clf = classify.load_classifier()
    assert clf.predict(["截至目前，已建成党群服务中心120个。", "下一步，要抓好问题整改。"]) == ["achievement", "measure"]
    assert (clf.cue_set_.name, clf.cue_set_.version) == ("textlab.cues", 2)
    old = ParagraphClassifier.load(COMPAT / "classifier")
    probe, expected = EXPECTED["classifier"]["probe"], EXPECTED["classifier"]["proba"]
    np.testing.assert_allclose(old.predict_proba(probe), expected, rtol=1e-5, atol=1e-6)
    # labels recorded on another machine: equal wherever the recorded probabilities are not near a tie
    assert assert_labels_agree_where_clear(old.predict(probe), EXPECTED["classifier"]["labels"], expected,
                                           margin=1e-4) >= len(probe) - 1
    tm = topics.load_topic_model()
    assert tm.topic_labels()[5] == "文化·教育·人才"


def test_error_class_is_shared_and_importable_from_its_old_places():
    assert classify.ModelFormatError is ModelFormatError is topics.ModelFormatError
    assert issubclass(ModelFormatError, ValueError)


def test_v2_saves_a_cue_reference_not_patterns(saved_v2):
    vocab = json.loads((saved_v2 / "vocabulary.json").read_text(encoding="utf-8"))
    packaged = classify.cue_set()
    assert vocab["cues"] == {"name": "textlab.cues", "version": 2, "sha256": packaged.sha256, "groups": packaged.groups}
    assert _manifest(saved_v2)["format_version"] == 2
    clf = ParagraphClassifier.load(saved_v2)
    probe = EXPECTED["classifier"]["probe"]
    np.testing.assert_allclose(clf.predict_proba(probe), EXPECTED["classifier"]["proba"], rtol=1e-5, atol=1e-6)


# ---------------------------------------------------------------- file names, links, sizes


@pytest.mark.parametrize("name", ["../outside.txt", "../../../../../../etc/passwd", "..", "sub/arrays.npz",
                                  "sub\\arrays.npz", ".", "", ".hidden", "arrays.npz\x00"])
@pytest.mark.parametrize("kind", KINDS)
def test_path_traversal_in_the_manifest_is_refused(kind, name, model, tmp_path):
    cls, folder = model(kind)
    outside = tmp_path / "outside.txt"
    outside.write_text("secret", encoding="utf-8")
    target = (folder / name) if name and "\x00" not in name else outside
    digest = _sha256(target) if target.is_file() else _sha256(outside)
    manifest = _manifest(folder)
    manifest["files"][name] = digest  # the real hash of the file it points at
    _write_manifest(folder, manifest)
    _refused(cls, folder, "manifest.json", r"not a plain name inside the model folder")


@pytest.mark.parametrize("kind", KINDS)
def test_absolute_path_in_the_manifest_is_refused(kind, model, tmp_path):
    cls, folder = model(kind)
    outside = tmp_path / "outside.npz"
    shutil.copy(folder / "arrays.npz", outside)
    manifest = _manifest(folder)
    del manifest["files"]["arrays.npz"]
    manifest["files"][str(outside)] = _sha256(outside)
    _write_manifest(folder, manifest)
    _refused(cls, folder, "manifest.json", r"not a plain name")


@posix_only
@pytest.mark.parametrize("name", ["arrays.npz", "vocabulary.json"])
@pytest.mark.parametrize("kind", KINDS)
def test_symlinked_data_file_is_refused_even_with_the_right_hash(kind, name, model, tmp_path):
    cls, folder = model(kind)
    outside = tmp_path / f"elsewhere_{name}"
    shutil.move(folder / name, outside)
    (folder / name).symlink_to(outside)  # same bytes, so the hash in the manifest matches
    assert _sha256(folder / name) == _manifest(folder)["files"][name]
    _refused(cls, folder, name, r"symbolic link")


@posix_only
@pytest.mark.parametrize("kind", KINDS)
def test_symlinked_manifest_is_refused(kind, model, tmp_path):
    cls, folder = model(kind)
    outside = tmp_path / "elsewhere_manifest.json"
    shutil.move(folder / "manifest.json", outside)
    (folder / "manifest.json").symlink_to(outside)
    _refused(cls, folder, "manifest.json", r"symbolic link")


@posix_only
@pytest.mark.parametrize("kind", KINDS)
def test_folder_entry_that_links_to_a_folder_or_is_a_fifo_is_refused(kind, model, tmp_path):
    cls, folder = model(kind)
    (folder / "vocabulary.json").unlink()
    (folder / "vocabulary.json").symlink_to(tmp_path, target_is_directory=True)
    _refused(cls, folder, "vocabulary.json", r"symbolic link")
    (folder / "vocabulary.json").unlink()
    os.mkfifo(folder / "vocabulary.json")  # would block a plain open() for ever
    _refused(cls, folder, "vocabulary.json", r"not a regular file")


@pytest.mark.parametrize("kind", KINDS)
def test_oversize_data_file_is_refused_before_it_is_read(kind, model):
    cls, folder = model(kind)
    with open(folder / "arrays.npz", "r+b") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk space used
    _refused(cls, folder, "arrays.npz", rf"is {MAX_FILE_BYTES + 1} bytes, more than the limit")


@pytest.mark.parametrize("kind", KINDS)
def test_oversize_manifest_is_refused(kind, model):
    cls, folder = model(kind)
    manifest = _manifest(folder)
    manifest["padding"] = "x" * MAX_MANIFEST_BYTES
    _write_manifest(folder, manifest)
    _refused(cls, folder, "manifest.json", r"more than the limit")


@pytest.mark.parametrize("kind", KINDS)
def test_array_member_that_unpacks_beyond_its_shape_is_refused_before_allocation(kind, model):
    """An .npy header claiming 10**12 floats (a MemoryError in 0.1.0) is refused from the header."""
    cls, folder = model(kind)
    with np.load(folder / "arrays.npz", allow_pickle=False) as npz:
        arrays = {name: np.array(npz[name]) for name in npz.files}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, arr in arrays.items():
            member = io.BytesIO()
            if name == sorted(arrays)[0]:
                np.lib.format.write_array_header_1_0(member, {"descr": "<f4", "fortran_order": False,
                                                              "shape": (10**12,)})
            else:
                np.lib.format.write_array(member, arr)
            archive.writestr(f"{name}.npy", member.getvalue())
    (folder / "arrays.npz").write_bytes(buffer.getvalue())
    _rehash(folder, "arrays.npz")
    _refused(cls, folder, "arrays.npz", r"has shape \(1000000000000,\), expected")


# ---------------------------------------------------------------- hashes


@pytest.mark.parametrize("kind", KINDS)
def test_wrong_hash_is_refused_without_printing_any_hash(kind, model):
    cls, folder = model(kind)
    manifest = _manifest(folder)
    manifest["files"]["vocabulary.json"] = manifest["files"]["arrays.npz"]  # another file's hash
    _write_manifest(folder, manifest)
    message = _refused(cls, folder, "vocabulary.json", r"SHA-256 does not match")
    assert not HEX64.search(message), message


# ---------------------------------------------------------------- arrays


@pytest.mark.parametrize("kind", KINDS)
def test_object_array_is_refused_without_unpickling(kind, model, tmp_path):
    cls, folder = model(kind)
    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    def edit(arrays):
        name = sorted(arrays)[-1]
        arrays[name] = np.array([Payload()] * arrays[name].size, dtype=object).reshape(arrays[name].shape)

    _edit_arrays(folder, edit)
    _refused(cls, folder, "arrays.npz", r"dtype object.*refused")
    assert not marker.exists()


@pytest.mark.parametrize("kind", KINDS)
def test_wrong_shape_is_refused(kind, model):
    cls, folder = model(kind)
    name = "components" if kind == "topics" else "coef"
    _edit_arrays(folder, lambda arrays: arrays.update({name: arrays[name][:, :-1]}))
    _refused(cls, folder, "arrays.npz", rf"array '{name}' has shape \(\d+, \d+\), expected")


@pytest.mark.parametrize("kind", KINDS)
def test_integer_or_complex_arrays_are_refused(kind, model):
    cls, folder = model(kind)
    name = "components" if kind == "topics" else "coef"
    _edit_arrays(folder, lambda arrays: arrays.update({name: arrays[name].astype(np.complex64)}))
    _refused(cls, folder, "arrays.npz", rf"array '{name}' has dtype complex64, expected kind 'f'")


@pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf], ids=["nan", "inf", "-inf"])
@pytest.mark.parametrize("kind", KINDS)
def test_nan_or_infinite_coefficients_are_refused(kind, value, model):
    cls, folder = model(kind)
    name = "components" if kind == "topics" else "coef"

    def edit(arrays):
        arrays[name][0, 0] = value

    _edit_arrays(folder, edit)
    _refused(cls, folder, "arrays.npz", rf"array '{name}' holds NaN or infinite values")


def test_negative_alpha_is_refused_in_the_arrays_and_in_the_parameters(model):
    cls, folder = model("topics")

    def edit(arrays):
        arrays["alpha"][0] = -0.1

    _edit_arrays(folder, edit)
    _refused(cls, folder, "arrays.npz", r"array 'alpha' must be positive")
    shutil.rmtree(folder)
    shutil.copytree(COMPAT / "topics", folder)  # untouched arrays; now a negative prior in the parameters
    manifest = _manifest(folder)
    manifest["params"]["alpha"] = -0.5
    _write_manifest(folder, manifest)
    _refused(cls, folder, "manifest.json", r"invalid parameters: alpha must be positive")


@pytest.mark.parametrize("kind", CLASSIFIERS)
def test_negative_temperature_or_idf_is_refused(kind, model):
    cls, folder = model(kind)

    def edit(arrays):
        arrays["temperature"][0] = -1.0

    _edit_arrays(folder, edit)
    _refused(cls, folder, "arrays.npz", r"array 'temperature' must be positive")


# ---------------------------------------------------------------- vocabulary


@pytest.mark.parametrize("label", ["achievements", "rm -rf /", "", "Problem"])
@pytest.mark.parametrize("kind", CLASSIFIERS)
def test_unknown_class_name_is_refused(kind, label, model):
    cls, folder = model(kind)

    def edit(vocab):
        vocab["classes"][0] = label

    _edit_vocabulary(folder, edit)
    _refused(cls, folder, "vocabulary.json", r"unknown classes")


@pytest.mark.parametrize("kind", CLASSIFIERS)
def test_duplicate_or_non_string_class_names_are_refused(kind, model):
    cls, folder = model(kind)
    _edit_vocabulary(folder, lambda vocab: vocab.update(classes=["problem", "problem", "other", "measure"]))
    _refused(cls, folder, "vocabulary.json", r"distinct")
    _edit_vocabulary(folder, lambda vocab: vocab.update(classes=[1, 2, 3, 4]))
    _refused(cls, folder, "vocabulary.json", r"list of strings")


EVIL = "(?:a|a)+$"


def test_regex_stored_in_a_0_1_0_vocabulary_is_refused_not_compiled(model, monkeypatch):
    cls, folder = model("classifier-0.1.0")

    def edit(vocab):
        vocab["cues"][0][1] = EVIL

    _edit_vocabulary(folder, edit)
    compiled = []
    original = re.compile
    monkeypatch.setattr(re, "compile", lambda pattern, *a, **k: (compiled.append(pattern), original(pattern, *a, **k))[1])
    _refused(cls, folder, "vocabulary.json", r"never compiled or run")
    assert not any(EVIL in str(p) for p in compiled)


def test_the_0_1_0_cue_patterns_are_recognised_but_never_compiled(monkeypatch):
    stored = json.loads((COMPAT / "classifier" / "vocabulary.json").read_text(encoding="utf-8"))["cues"]
    stored_figure = dict(stored)["figure"]
    assert stored_figure != dict(classify.cue_set().pairs)["figure"]  # 0.1.0's quadratic pattern
    compiled = []
    original = re.compile
    monkeypatch.setattr(re, "compile", lambda pattern, *a, **k: (compiled.append(pattern), original(pattern, *a, **k))[1])
    clf = ParagraphClassifier.load(COMPAT / "classifier")
    assert compiled and stored_figure not in compiled
    assert clf.cues_ == list(classify.cue_set().pairs)


@pytest.mark.parametrize("cues", [
    [["aspect", EVIL]],
    "aspect|" + EVIL,
    {"name": "textlab.cues", "version": 2, "sha256": "0" * 64, "groups": ["aspect"], "patterns": [EVIL]},
    {"name": "evil", "version": 2, "sha256": "0" * 64, "groups": []},
    {"name": "textlab.cues", "version": 1, "sha256": "0" * 64, "groups": []},
    {"name": "textlab.cues", "version": "2", "sha256": "0" * 64, "groups": []},
], ids=["pattern-list", "pattern-string", "wrong-hash-extra-key", "other-name", "other-version", "version-str"])
def test_a_v2_vocabulary_refers_to_the_packaged_cues_only(cues, model):
    cls, folder = model("classifier-v2")
    _edit_vocabulary(folder, lambda vocab: vocab.update(cues=cues))
    _refused(cls, folder, "vocabulary.json", r"cue")


@pytest.mark.parametrize("vocab", [[], "x", {"classes": ["problem", "other"]}, {"tokens": [1, 2]}],
                         ids=["list", "string", "missing-keys", "wrong-types"])
@pytest.mark.parametrize("kind", KINDS)
def test_malformed_vocabulary_is_refused(kind, vocab, model):
    cls, folder = model(kind)
    (folder / "vocabulary.json").write_text(json.dumps(vocab), encoding="utf-8")
    _rehash(folder, "vocabulary.json")
    _refused(cls, folder, "vocabulary.json", r"must be")


@pytest.mark.parametrize("kind", KINDS)
def test_deeply_nested_vocabulary_is_refused(kind, model):
    cls, folder = model(kind)
    (folder / "vocabulary.json").write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    _rehash(folder, "vocabulary.json")
    _refused(cls, folder, "vocabulary.json", r"nested more than \d+ levels")


# ---------------------------------------------------------------- malformed manifests


def _set(key, value):
    return lambda m: m.update({key: value})


def _drop(key):
    return lambda m: m.pop(key)


MANIFEST_CASES = {
    "list": ("[]", r"must be a JSON object, not list"),
    "string": ('"textlab"', r"must be a JSON object, not str"),
    "null": ("null", r"must be a JSON object, not NoneType"),
    "number": ("1", r"must be a JSON object, not int"),
    "empty": ("", r"not valid JSON"),
    "not-utf8": (b"\xff\xfe{}", r"not UTF-8"),
    "missing-format": (_drop("format"), r"format 'NoneType' is not"),
    "missing-format_version": (_drop("format_version"), r"format_version 'None' is not an integer"),
    "missing-files": (_drop("files"), r"'files' must map"),
    "missing-params": (_drop("params"), r"params"),
    "format-other": (_set("format", "gensim.LdaModel"), r"format 'gensim.LdaModel' is not"),
    "format-list": (_set("format", ["x"]), r"format 'list' is not"),
    "version-string": (_set("format_version", "1"), r"is not an integer"),
    "version-bool": (_set("format_version", True), r"is not an integer"),
    "version-float": (_set("format_version", 1.5), r"is not an integer"),
    "version-zero": (_set("format_version", 0), r"format version 0 is not a known"),
    "version-negative": (_set("format_version", -3), r"format version -3 is not a known"),
    "version-newer": (_set("format_version", 99), r"format version 99 .*\(up to version \d\)"),
    "files-list": (_set("files", ["arrays.npz"]), r"'files' must map"),
    "files-hash-int": (lambda m: m["files"].update({"arrays.npz": 5}), r"not 64 lowercase hex"),
    "files-extra": (lambda m: m["files"].update({"other.bin": "0" * 64}), r"unexpected files \['other.bin'\]"),
    "files-missing": (lambda m: m["files"].pop("vocabulary.json"), r"no SHA-256 recorded for \['vocabulary.json'\]"),
    "params-list": (_set("params", [1]), r"'params' must be a JSON object"),
    "params-unknown": (lambda m: m["params"].update({"__class__": "os.system"}), r"unknown parameters"),
    "params-segmenter": (lambda m: m["params"].update({"segmenter": "x"}), r"unknown parameters|not a valid"),
    "params-bad-value": (lambda m: m["params"].update({"random_state": "x"}), r"random_state"),
    "deep-nesting": (lambda m: m.update({"card": "@DEEP@"}), r"nested more than \d+ levels"),
    "huge-integer": (lambda m: m.update({"format_version": "@HUGEINT@"}), r"refused JSON: integer of 5001 digits"),
    "huge-float": (lambda m: m.update({"format_version": "@HUGEFLOAT@"}), r"refused JSON: number 1e999 is out of range"),
    "nan": (lambda m: m.update({"card": "@NAN@"}), r"refused JSON: NaN is not a JSON number"),
    "duplicate-key": (lambda m: m.update({"format": "@DUP@"}), r"duplicate key 'format'"),
}


@pytest.mark.parametrize("case", MANIFEST_CASES)
@pytest.mark.parametrize("kind", KINDS)
def test_malformed_manifest_is_refused_naming_it(kind, case, model):
    cls, folder = model(kind)
    change, expected = MANIFEST_CASES[case]
    if isinstance(change, (str, bytes)):
        data = change.encode("utf-8") if isinstance(change, str) else change
    else:
        manifest = _manifest(folder)
        change(manifest)
        text = json.dumps(manifest, ensure_ascii=False)
        replacements = {
            '"@DEEP@"': "[" * 100_000 + "]" * 100_000,
            '"@HUGEINT@"': "1" + "0" * 5000,
            '"@HUGEFLOAT@"': "1e999",
            '"@NAN@"': "NaN",
            '"format": "@DUP@"': f'"format": {json.dumps(str(_manifest(folder)["format"]))}, "format": "x"',
        }
        for marker, raw in replacements.items():
            text = text.replace(marker, raw)
        data = text.encode("utf-8")
    (folder / "manifest.json").write_bytes(data)
    _refused(cls, folder, "manifest.json", expected)


def test_topic_manifest_with_huge_or_inconsistent_sizes_is_refused(model):
    cls, folder = model("topics")
    manifest = _manifest(folder)
    manifest["n_topics"] = 10**17
    _write_manifest(folder, manifest)
    _refused(cls, folder, "manifest.json", r"n_topics 100000000000000000 differs")
    manifest["n_topics"], manifest["params"]["n_topics"] = 10**17, 10**17
    _write_manifest(folder, manifest)
    _refused(cls, folder, "arrays.npz", r"has shape \(3, 300\), expected \(100000000000000000, 300\)")


def test_a_folder_without_manifest_is_not_a_model(tmp_path):
    with pytest.raises(FileNotFoundError, match="manifest.json"):
        ParagraphClassifier.load(tmp_path)
    with pytest.raises(FileNotFoundError, match="manifest.json"):
        TopicModel.load(tmp_path)


def test_a_listed_file_that_is_missing_is_a_format_error(model):
    cls, folder = model("classifier-v2")
    (folder / "arrays.npz").unlink()
    _refused(cls, folder, "arrays.npz", r"listed in the manifest but missing")


# ---------------------------------------------------------------- the figure cue stays linear


def test_no_cue_can_start_a_match_inside_a_run_of_digits_or_crosses():
    """What keeps the cue scan linear: findall never restarts inside a run (0.1.0 did, at every position)."""
    for group, pattern in classify.cue_set().pairs:
        rx = re.compile(pattern)
        for text in ("0" * 40 + "个", "０" * 40 + "个", "1" * 40 + ".5%", "×" * 40 + "个", "9" * 40 + " 万"):
            starts = [pos for pos in range(1, 40) if rx.match(text, pos)]
            assert not starts, (group, text[:3], starts[:3])


def test_packaged_cues_match_exactly_as_the_0_1_0_patterns():
    """Same findall matches as the patterns 0.1.0 stored, on every dev-set and seed text and on run-heavy strings."""
    import pandas as pd

    import textlab as tl

    stored = json.loads((COMPAT / "classifier" / "vocabulary.json").read_text(encoding="utf-8"))["cues"]
    old = [re.compile(p) for _, p in stored]  # compiled here, in the test, from a file we control
    new = [re.compile(p) for _, p in classify.cue_set().pairs]
    texts = []
    for genre in ("written", "congress"):
        texts += pd.read_csv(ROOT / "seeds" / "dev" / genre / "labels.tsv", sep="\t")["text"].astype(str).tolist()
    for path in sorted((ROOT / "seeds" / "party_building").glob("*.txt")):
        texts += tl.paragraphs(tl.clean(path.read_text(encoding="utf-8")))
    texts += ["0" * 300 + "个", "12.34.56个", "1.2.3.4%", "×××个 ××名", "3 个 4  万", "2024-01-02 增长5", "０１２个",
              "1" * 200 + "." + "2" * 200 + "%", "x1.x2.个", "×" * 300, "5" * 300]
    texts = [classify.normalise(t) for t in texts] + texts
    assert len(texts) > 2500
    for text in texts:
        assert [rx.findall(text) for rx in old] == [rx.findall(text) for rx in new], text[:60]
