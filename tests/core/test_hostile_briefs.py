"""Hostile and broken brief files: each is refused with a clear message, never another exception.

The small files live in tests/data/briefs/hostile/; big and binary ones are made here.
"""

from __future__ import annotations

import builtins
import os
import random
from pathlib import Path

import pytest
import yaml

from briefwriter.core import storage
from briefwriter.core.errors import BriefFileError, NewerFormatError
from briefwriter.core.model import SCHEMA_VERSION, format_path
from briefwriter.core.storage import MAX_BRIEF_BYTES, load_brief

DATA = Path(__file__).resolve().parents[1] / "data" / "briefs"
HOSTILE = DATA / "hostile"
GOLDEN = DATA / "golden"


def refused(path: Path) -> BriefFileError:
    """Open ``path`` expecting a BriefFileError; check the message names the file."""
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(BriefFileError) as caught:
        load_brief(path)
    error = caught.value
    assert error.problems, "a refusal must say what is wrong"
    assert str(path) in str(error)
    if before is not None:
        assert path.read_bytes() == before  # opening never changes the file
    return error


def where(error: BriefFileError) -> list[tuple[int | None, str]]:
    return [(p.line, format_path(p.path)) for p in error.problems]


@pytest.mark.parametrize("path", sorted(HOSTILE.iterdir()), ids=lambda p: p.name)
def test_every_hostile_file_is_refused_cleanly(path: Path):
    before = path.read_bytes()
    with pytest.raises((BriefFileError, NewerFormatError)) as caught:
        load_brief(path)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before


# (file, [(line, field), ...] expected among the problems, words in the first message)
CASES = [
    ("alias-bomb.brief.yaml", [(3, "a"), (4, "b[1]")], "anchors"),
    ("python-object-apply.brief.yaml", [(3, "summary")], "Python tag"),
    ("python-name.brief.yaml", [(2, "title")], "'!!python/name:os.system'"),
    ("custom-tag.brief.yaml", [(4, "organisation.description")], "custom tag '!include'"),
    ("truncated.brief.yaml", [(4, "")], "cut short"),
    ("duplicate-keys.brief.yaml", [(5, "organisation.name"), (6, "title")], "appears twice"),
    ("multiple-documents.brief.yaml", [(3, "")], "more than one YAML document"),
    ("top-level-list.brief.yaml", [(1, "")], "but it holds a list"),
    ("top-level-text.brief.yaml", [(1, "")], "but it holds a single value"),
    ("no-schema-version.brief.yaml", [(1, "")], "'schema_version' is missing"),
    ("tab-indented.brief.yaml", [(3, "")], "not tabs"),
    ("merge-key.brief.yaml", [(2, "defaults"), (5, "template.look.<<")], "anchors"),
    ("set-and-binary.brief.yaml", [(2, "audience"), (4, "organisation.logo")], "'!!set'"),
]


@pytest.mark.parametrize(("name", "places", "words"), CASES, ids=[c[0] for c in CASES])
def test_refusal_names_line_and_field(name, places, words):
    error = refused(HOSTILE / name)
    found = where(error)
    for place in places:
        assert place in found
    assert words in error.problems[0].message


def test_python_payload_does_not_run(tmp_path: Path):
    marker = tmp_path / "pwned"
    text = f'schema_version: 2\nsummary: !!python/object/apply:os.system ["touch {marker}"]\n'
    # The payload is real: an unsafe YAML loader would run it.
    yaml.load(text, Loader=yaml.UnsafeLoader)
    assert marker.exists()
    marker.unlink()
    hostile = tmp_path / "hostile.brief.yaml"
    hostile.write_text(text, encoding="utf-8")
    assert where(refused(hostile)) == [(2, "summary")]
    assert not marker.exists()


def test_the_corpus_payload_does_not_run():
    marker = Path("/tmp/pwned")
    existed = marker.exists()
    refused(HOSTILE / "python-object-apply.brief.yaml")
    if not existed:
        assert not marker.exists()


def test_wrong_types_are_all_reported_at_once():
    error = refused(HOSTILE / "wrong-types.brief.yaml")
    assert where(error) == [
        (2, "title"),
        (4, "language"),
        (6, "organisation.name"),
        (7, "organisation.migrant_led"),
        (8, "priorities"),
        (11, "aims[1].ask"),
        (13, "statement.time_limit_seconds"),
        (14, "template"),
    ]
    assert error.problems[0].message == "should be text, not a list"
    assert error.problems[-1].message.startswith("should be a group of fields, not text")


def test_newer_version_is_refused_and_left_untouched():
    path = HOSTILE / "newer-version.brief.yaml"
    before = path.read_bytes()
    with pytest.raises(NewerFormatError) as caught:
        load_brief(path)
    assert caught.value.file_version == 99
    assert "newer version of BriefWriter" in str(caught.value)
    assert path.read_bytes() == before


def test_deep_nesting_is_refused_with_its_line(tmp_path: Path):
    path = tmp_path / "deep.brief.yaml"
    path.write_text("schema_version: 2\ntitle: x\nsummary: " + "[" * 5000 + "]" * 5000 + "\n")
    error = refused(path)
    assert where(error) == [(3, "")]
    assert [p.code for p in error.problems] == ["too-deep"]


def test_fifty_megabyte_file_is_refused_without_being_read(tmp_path: Path, monkeypatch):
    path = tmp_path / "huge.brief.yaml"
    with open(path, "wb") as handle:
        handle.write(b"schema_version: 2\ntitle: ")
        handle.truncate(50 * 1024 * 1024)  # sparse: quick to make
    opened = []
    real_open = builtins.open

    def spy_open(file, *args, **kwargs):
        opened.append(Path(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    error = refused(path)
    monkeypatch.undo()
    assert path not in opened
    assert "too large to be a brief (50.0 MB; the limit is 5 MB)" in error.problems[0].message


def test_a_file_growing_after_the_size_check_is_not_read_past_the_limit(
    tmp_path: Path, monkeypatch
):
    path = tmp_path / "growing.brief.yaml"
    path.write_bytes(b"schema_version: 2\ntitle: " + b"x" * (MAX_BRIEF_BYTES + 1000))
    real_stat = os.stat

    class SmallStat:  # what stat said just before the file grew
        def __init__(self, result):
            self.st_mode, self.st_size = result.st_mode, 100

    monkeypatch.setattr(storage.os, "stat", lambda p, *a, **k: SmallStat(real_stat(p)))
    read_sizes = []
    real_open = builtins.open

    def spy_open(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        if Path(file) == path:
            real_read = handle.read
            handle = _ReadSpy(handle, real_read, read_sizes)
        return handle

    monkeypatch.setattr(builtins, "open", spy_open)
    error = refused(path)
    monkeypatch.undo()
    assert "too large" in error.problems[0].message
    assert sum(read_sizes) <= MAX_BRIEF_BYTES + 1


class _ReadSpy:
    def __init__(self, handle, real_read, sizes):
        self._handle, self._read, self._sizes = handle, real_read, sizes

    def read(self, size=-1):
        data = self._read(size)
        self._sizes.append(len(data))
        return data

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


def test_a_huge_single_line_is_refused_by_the_text_limit(tmp_path: Path):
    path = tmp_path / "line.brief.yaml"
    path.write_text("schema_version: 2\nsummary: " + "word " * 800_000 + "end\n")
    error = refused(path)
    assert where(error) == [(2, "summary")]
    assert "is too long: 4,000,003 characters (the limit is 100,000)" in str(error)


def test_a_huge_line_over_the_size_limit_is_refused(tmp_path: Path):
    path = tmp_path / "line.brief.yaml"
    path.write_text("schema_version: 2\ntitle: " + "x" * (MAX_BRIEF_BYTES + 1) + "\n")
    assert "too large to be a brief" in str(refused(path))


def test_binary_junk(tmp_path: Path):
    rng = random.Random(7)
    for index in range(20):
        path = tmp_path / f"junk{index}.brief.yaml"
        path.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randint(1, 4000))))
        error = refused(path)
        assert error.problems[0].code in {"binary", "encoding"}


def test_nul_bytes_name_their_line(tmp_path: Path):
    path = tmp_path / "nul.brief.yaml"
    path.write_bytes(b"schema_version: 2\ntitle: ok\nsummary: a\x00b\n")
    error = refused(path)
    assert where(error) == [(3, "")]
    assert "NUL" in error.problems[0].message


def test_invalid_utf8_names_its_line(tmp_path: Path):
    path = tmp_path / "latin1.brief.yaml"
    path.write_bytes("schema_version: 2\ntitle: Genève\n".encode("latin-1"))
    error = refused(path)
    assert where(error) == [(2, "")]
    assert "not UTF-8 text" in error.problems[0].message


def test_a_file_cut_anywhere_loads_or_is_refused_cleanly(tmp_path: Path):
    data = (GOLDEN / "v2-hrc-statement-fr.brief.yaml").read_bytes()
    path = tmp_path / "cut.brief.yaml"
    refusals = 0
    for cut in range(1, len(data), 7):
        path.write_bytes(data[:cut])
        try:
            load_brief(path)
        except BriefFileError as error:
            assert error.problems
            refusals += 1
    assert refusals > 0


def test_a_file_cut_inside_a_character_is_refused(tmp_path: Path):
    data = "schema_version: 2\ntitle: Genève\n".encode()
    path = tmp_path / "cut.brief.yaml"
    path.write_bytes(data[: data.index("è".encode()) + 1])
    assert refused(path).problems[0].code == "encoding"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("schema_version: '2'\n", "should be a whole number"),
        ("schema_version: true\n", "should be a whole number"),
        ("schema_version: 0\n", "is not a BriefWriter file format"),
        ("schema_version: -4\n", "is not a BriefWriter file format"),
        ("schema_version: [2]\n", "should be a whole number"),
    ],
)
def test_bad_schema_versions(tmp_path: Path, text: str, words: str):
    path = tmp_path / "v.brief.yaml"
    path.write_text(text + "title: x\n", encoding="utf-8")
    error = refused(path)
    assert where(error) == [(1, "schema_version")]
    assert words in error.problems[0].message


def test_a_clean_newer_file_is_refused_before_any_other_check(tmp_path: Path):
    path = tmp_path / "future.brief.yaml"
    path.write_text(f"schema_version: {SCHEMA_VERSION + 1}\ntitle: [not, text]\nnew_field: 1\n")
    with pytest.raises(NewerFormatError) as caught:
        load_brief(path)
    assert (caught.value.file_version, caught.value.supported_version) == (
        SCHEMA_VERSION + 1, SCHEMA_VERSION)
