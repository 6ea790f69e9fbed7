"""Loading and saving brief files: golden files, lossless round trips, atomic and checked saves."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from briefwriter.core import atomic_write, model, storage
from briefwriter.core.atomic_write import atomic_write_bytes
from briefwriter.core.errors import BriefFileError, SaveError
from briefwriter.core.gcm import load_gcm
from briefwriter.core.storage import (
    HEADER,
    dump_brief_text,
    load_brief,
    parse_brief_text,
    save_brief,
)

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "briefs" / "golden"
CURRENT_FILES = sorted(GOLDEN.glob(f"v{model.SCHEMA_VERSION}-*.brief.yaml"))


def run_python(code: str, **kwargs) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
        **kwargs,
    )


def small_brief(title: str = "A brief") -> model.Brief:
    brief = model.Brief(title=title, summary="Line one.\nLine two.\n")
    brief.priorities.append(model.Priority(title="P", gcm=model.GcmLinks(["f"], [13], ["29(c)"])))
    return brief


def folder_listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


# -- golden files -----------------------------------------------------------------------


def test_there_are_current_golden_files():
    assert len(CURRENT_FILES) >= 2


@pytest.mark.parametrize("golden", CURRENT_FILES, ids=lambda p: p.name)
def test_current_golden_loads_and_resaves_byte_identically(golden: Path, tmp_path: Path):
    result = load_brief(golden)
    assert result.migrated_from is None
    assert result.brief.title
    target = tmp_path / golden.name
    save_brief(result.brief, target)
    assert target.read_bytes() == golden.read_bytes()


def test_saved_file_starts_with_the_header_and_follows_model_order():
    text = dump_brief_text(small_brief())
    assert text.startswith(HEADER + "schema_version: 4\ntitle: A brief\n")
    top_keys = [line.split(":")[0] for line in text.splitlines() if line[:1].isalpha()]
    assert top_keys == list(model.brief_to_data(model.Brief()))


# -- lossless round trips --------------------------------------------------------------

TRICKY = [
    "",
    " ",
    "yes",
    "No",
    "null",
    "~",
    "2026-05-05",
    "1e3",
    "0x1F",
    "1:30",
    ".inf",
    "-",
    "- item",
    "# not a comment",
    "key: value",
    "'single'",
    '"double"',
    "&anchor",
    "*alias",
    "!tag",
    "%directive",
    "@at",
    "`tick",
    "|",
    ">",
    "{",
    "[x]",
    "---",
    "...",
    "<<",
    "=",
    "trailing ",
    " leading",
    "tab\tinside",
    "line\nbreak",
    "ends with newline\n",
    "blank\n\nlines\n\n",
    "crlf\r\nline",
    "bell\x07",
    "del\x7f",
    "c1\x9b",
    "nbsp\xa0",
    "sep\u2028x",
    "nel\x85x",
    "bom\ufeffinside",
    "zero\u200bwidth",
    "العربية",
    "中文",
    "Русский",
    "emoji 🙂",
    "x" * 3000,
]


def random_text(rng: random.Random) -> str:
    parts = [rng.choice(TRICKY) for _ in range(rng.randint(0, 3))]
    return rng.choice(["", " ", "\n", "\n\n"]).join(parts)


def random_plain(rng: random.Random, depth: int = 0):
    kind = rng.randrange(7 if depth < 3 else 5)
    if kind == 0:
        return random_text(rng)
    if kind == 1:
        return rng.randint(-(10**12), 10**12)
    if kind == 2:
        return rng.choice([True, False, None])
    if kind == 3:
        return rng.uniform(-1e6, 1e6)
    if kind == 4:
        return rng.choice(TRICKY)
    if kind == 5:
        return [random_plain(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {f"k{rng.choice(TRICKY)}{i}": random_plain(rng, depth + 1) for i in range(3)}


def random_object(cls, rng: random.Random, refs: dict[str, list]):
    """An instance of a model class with every text field random and valid values elsewhere."""
    values = {}
    for name, tp in model.field_types(cls).items():
        if tp is str:
            values[name] = random_text(rng)
        elif tp is bool:
            values[name] = rng.random() < 0.5
        elif tp is int:
            values[name] = rng.randint(0, 3600)
        elif model.is_model_class(tp):
            values[name] = random_object(tp, rng, refs)
        else:  # a list
            (item,) = tp.__args__
            count = rng.randint(0, 3)
            if model.is_model_class(item):
                values[name] = [random_object(item, rng, refs) for _ in range(count)]
            else:
                values[name] = [random_text(rng) for _ in range(count)]
    obj = cls(**values)
    if rng.random() < 0.3:
        obj.extra = {f"unknown_{rng.choice(TRICKY)}": random_plain(rng)}
    if cls is model.GcmLinks:
        obj.principles, obj.objectives, obj.actions = (
            rng.sample(refs[kind], rng.randint(0, 3)) for kind in ("p", "o", "a")
        )
    if cls is model.Look:
        obj.accent_colour = f"#{rng.randrange(16**6):06x}"
        obj.font, obj.paper = rng.choice(["sans", "serif"]), rng.choice(["A4", "Letter"])
    if cls in (model.Occasion, model.Consent, model.Cycle):
        obj.date = rng.choice(["", "2026", "2026-05", "2024-02-29"])
    if cls is model.Pledge:
        obj.objectives = rng.sample(refs["o"], rng.randint(0, 3))
    if cls is model.Cosignatory:
        obj.kind = rng.choice(model.COSIGNATORY_KINDS)
    if cls is model.FollowUp:
        obj.kind = rng.choice(model.FOLLOW_UP_KINDS)
        obj.status = rng.choice(model.FOLLOW_UP_STATUSES)
    if cls is model.Section:
        obj.after = rng.choice(model.SECTION_PLACES)
    if cls in (model.Section, model.Headings):  # headings are at most 1,000 characters
        for name in model.field_types(cls):
            if name != "body" and isinstance(getattr(obj, name), str):
                setattr(obj, name, getattr(obj, name)[:1000])
    if cls in (model.Brief, model.Cycle):
        obj.published = rng.choice(["", "2026-05-05", "2024-02-29"])
    if cls is model.Brief:
        obj.language = rng.choice(["en", "fr", "ar", "zh-Hans", "es-419"])
        obj.published = rng.choice(["", "2026-05-05", "2024-02-29"])
    return obj


def test_random_briefs_survive_save_and_load(tmp_path: Path):
    gcm = load_gcm()
    refs = {
        "p": [p.letter for p in gcm.principles],
        "o": [o.number for o in gcm.objectives],
        "a": [a.ref for a in gcm.actions()],
    }
    rng = random.Random(20260505)
    target = tmp_path / "random.brief.yaml"
    for _ in range(40):
        brief = random_object(model.Brief, rng, refs)
        save_brief(brief, target)
        again = load_brief(target).brief
        assert model.brief_to_data(again) == model.brief_to_data(brief)
        # Saving what was loaded gives the same bytes: the format is stable.
        first = target.read_bytes()
        save_brief(again, target)
        assert target.read_bytes() == first


def test_unknown_fields_round_trip_through_a_file(tmp_path: Path):
    text = (
        "schema_version: 2\ntitle: T\nreviewed_by: [Ana, Bo]\norganisation:\n  name: N\n"
        "  founded: 1999\npriorities:\n  - title: P\n    internal: {score: 0.5, tags: [a]}\n"
    )
    brief = parse_brief_text(text).brief
    target = tmp_path / "b.brief.yaml"
    save_brief(brief, target)
    saved = target.read_text(encoding="utf-8")
    assert "\n  founded: 1999\n" in saved
    assert "reviewed_by:\n  - Ana\n  - Bo\n" in saved
    reread = load_brief(target)
    assert reread.brief.extra == {"reviewed_by": ["Ana", "Bo"]}
    assert reread.brief.organisation.extra == {"founded": 1999}
    assert reread.brief.priorities[0].extra == {"internal": {"score": 0.5, "tags": ["a"]}}
    assert {w.code for w in reread.warnings} == {"unknown-field"}


def test_lone_surrogates_are_saved_as_replacement_characters(tmp_path: Path):
    target = tmp_path / "s.brief.yaml"
    save_brief(model.Brief(title="bad \ud800 pair"), target)
    assert load_brief(target).brief.title == "bad \ufffd pair"


def test_a_value_yaml_cannot_hold_is_a_save_error(tmp_path: Path):
    brief = model.Brief(title="x")
    brief.extra["thing"] = object()
    with pytest.raises(SaveError, match="cannot be saved"):
        save_brief(brief, tmp_path / "x.brief.yaml")
    assert folder_listing(tmp_path) == []


def test_a_brief_too_large_to_reopen_is_not_written(tmp_path: Path, monkeypatch):
    target = tmp_path / "big.brief.yaml"
    save_brief(small_brief(), target)
    before = target.read_bytes()
    # A smaller limit keeps the test fast; the check is the same for the real 5 MiB.
    monkeypatch.setattr(storage, "MAX_BRIEF_BYTES", 20_000)
    huge = model.Brief(key_messages=["x" * 9_000] * 3)
    with pytest.raises(SaveError, match="too large to save"):
        save_brief(huge, target)
    assert target.read_bytes() == before


# -- the .bak file and what stays on disk ------------------------------------------------


def test_bak_holds_the_previous_version(tmp_path: Path):
    target = tmp_path / "paper.brief.yaml"
    save_brief(small_brief("first"), target)
    assert folder_listing(tmp_path) == ["paper.brief.yaml"]
    save_brief(small_brief("second"), target)
    save_brief(small_brief("third"), target)
    assert folder_listing(tmp_path) == ["paper.brief.yaml", "paper.brief.yaml.bak"]
    assert load_brief(target).brief.title == "third"
    assert load_brief(tmp_path / "paper.brief.yaml.bak").brief.title == "second"


def test_without_backup_no_bak_is_made(tmp_path: Path):
    target = tmp_path / "paper.brief.yaml"
    save_brief(small_brief("first"), target)
    save_brief(small_brief("second"), target, keep_backup=False)
    assert folder_listing(tmp_path) == ["paper.brief.yaml"]


def test_permissions_of_the_old_file_are_kept(tmp_path: Path):
    target = tmp_path / "paper.brief.yaml"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_bytes() == b"new"


def test_a_symbolic_link_is_kept_and_its_target_updated(tmp_path: Path):
    real = tmp_path / "real.brief.yaml"
    real.write_bytes(b"old")
    link = tmp_path / "link.brief.yaml"
    link.symlink_to(real)
    atomic_write_bytes(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert (tmp_path / "real.brief.yaml.bak").read_bytes() == b"old"


def test_a_leftover_temporary_file_is_reused_and_removed(tmp_path: Path):
    target = tmp_path / "paper.brief.yaml"
    target.write_bytes(b"old")
    leftover = tmp_path / ".paper.brief.yaml.saving"
    leftover.write_bytes(b"half-written garbage from a crash" * 100)
    (tmp_path / ".paper.brief.yaml.bak.saving").write_bytes(b"stale link")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert folder_listing(tmp_path) == ["paper.brief.yaml", "paper.brief.yaml.bak"]


@pytest.mark.skipif(atomic_write.fcntl is None, reason="advisory locks are a POSIX feature")
def test_a_save_in_progress_elsewhere_is_not_disturbed(tmp_path: Path):
    import fcntl

    target = tmp_path / "paper.brief.yaml"
    target.write_bytes(b"old")
    temp = tmp_path / ".paper.brief.yaml.saving"
    with open(temp, "wb") as other:  # another program is half-way through its save
        other.write(b"theirs")
        other.flush()
        fcntl.flock(other, fcntl.LOCK_EX)
        with pytest.raises(SaveError, match="another program is saving"):
            atomic_write_bytes(target, b"new")
    assert temp.read_bytes() == b"theirs"
    assert target.read_bytes() == b"old"


# -- failures: nothing lost, nothing left behind ------------------------------------------


def test_a_short_write_reported_as_complete_is_detected(tmp_path: Path, monkeypatch):
    target = tmp_path / "paper.brief.yaml"
    save_brief(small_brief("old"), target)
    before = target.read_bytes()
    real_write = os.write

    def lying_write(fd, data):
        real_write(fd, bytes(data[: len(data) // 2]))
        return len(data)  # claims everything was written, as seen on full disks

    monkeypatch.setattr(os, "write", lying_write)
    with pytest.raises(SaveError) as caught:
        save_brief(small_brief("new"), target)
    monkeypatch.undo()
    assert "bytes reached the disk" in caught.value.reason
    assert target.read_bytes() == before
    assert folder_listing(tmp_path) == ["paper.brief.yaml"]


def test_honest_short_writes_are_completed(tmp_path: Path, monkeypatch):
    target = tmp_path / "paper.brief.yaml"
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:100])))
    save_brief(small_brief("complete"), target)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == dump_brief_text(small_brief("complete"))


def test_disk_full_is_a_save_error_and_the_original_stays(tmp_path: Path, monkeypatch):
    target = tmp_path / "paper.brief.yaml"
    save_brief(small_brief("old"), target)
    before = target.read_bytes()

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(SaveError) as caught:
        save_brief(small_brief("new"), target)
    monkeypatch.undo()
    assert caught.value.reason == "the disk is full"
    assert "previous version is unchanged" in str(caught.value)
    assert target.read_bytes() == before
    assert folder_listing(tmp_path) == ["paper.brief.yaml"]


EFBIG_CHILD = """
import json, resource, signal, sys
from pathlib import Path
from briefwriter.core import model
from briefwriter.core.errors import SaveError
from briefwriter.core.storage import save_brief
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # so the write fails with EFBIG instead
resource.setrlimit(resource.RLIMIT_FSIZE, (16384, resource.RLIM_INFINITY))
brief = model.Brief(title="big", key_messages=["word " * 2000] * 10)
try:
    save_brief(brief, Path(sys.argv[1]))
except SaveError as error:
    print(json.dumps({"error": "SaveError", "reason": error.reason}))
else:
    print(json.dumps({"error": None}))
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs POSIX resource limits")
def test_file_size_limit_gives_a_save_error_and_keeps_the_original(tmp_path: Path):
    target = tmp_path / "paper.brief.yaml"
    save_brief(small_brief("old"), target)
    before = target.read_bytes()
    done = run_python(EFBIG_CHILD.replace("sys.argv[1]", repr(str(target))))
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout)
    assert outcome == {
        "error": "SaveError",
        "reason": "the file would be larger than the system allows",
    }
    assert target.read_bytes() == before
    assert folder_listing(tmp_path) == ["paper.brief.yaml"]


def save_as_other_user(brief: model.Brief, target: Path) -> str | None:
    """Save in a forked child running as an unprivileged user; its error text, or None."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            os.setgid(65534)
            os.setuid(65534)
            try:
                save_brief(brief, target)
                message = ""
            except SaveError as error:
                message = f"SaveError({error.code}): {error}"
            except BaseException as error:
                message = f"{type(error).__name__}: {error}"
            os.write(write_end, message.encode("utf-8"))
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        message = pipe.read().decode("utf-8")
    os.waitpid(pid, 0)
    return message or None


@pytest.fixture
def open_folder():
    """A folder other users may enter (pytest's own folders are private to this user)."""
    folder = Path(tempfile.mkdtemp(prefix="briefwriter-test-"))
    folder.chmod(0o755)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            path.chmod(0o755)
    shutil.rmtree(folder)


def test_a_read_only_file_is_refused_not_replaced(tmp_path: Path):
    target = tmp_path / "paper.brief.yaml"
    save_brief(small_brief("kept as it is"), target)
    target.chmod(0o444)
    before = target.read_bytes()
    with pytest.raises(SaveError) as caught:
        save_brief(small_brief("new words"), target)
    assert caught.value.code == "read-only-file"
    assert str(caught.value) == (f"Could not save {target}: the file is read-only. "
                                 "The previous version is unchanged.")
    assert target.read_bytes() == before
    assert stat.S_IMODE(target.stat().st_mode) == 0o444
    assert folder_listing(tmp_path) == ["paper.brief.yaml"]  # no .bak, no temporary file


def test_a_read_only_file_behind_a_link_is_refused(tmp_path: Path):
    real = tmp_path / "real.brief.yaml"
    real.write_bytes(b"old")
    real.chmod(0o400)
    link = tmp_path / "link.brief.yaml"
    link.symlink_to(real)
    with pytest.raises(SaveError, match="the file is read-only"):
        atomic_write_bytes(link, b"new")
    assert real.read_bytes() == b"old"


def test_a_read_only_disk_is_named_as_such(tmp_path: Path, monkeypatch):
    target = tmp_path / "paper.brief.yaml"
    target.write_bytes(b"old")
    real_statvfs = os.statvfs

    class ReadOnly:
        def __init__(self, result):
            self._result = result

        def __getattr__(self, name):
            return getattr(self._result, name)

        @property
        def f_flag(self):
            return self._result.f_flag | os.ST_RDONLY

    monkeypatch.setattr(os, "statvfs", lambda path: ReadOnly(real_statvfs(path)))
    with pytest.raises(SaveError) as caught:
        atomic_write_bytes(target, b"new")
    assert (caught.value.reason, caught.value.code) == ("the disk is read-only",
                                                        "read-only-disk")
    assert target.read_bytes() == b"old"


def test_a_failed_save_of_a_new_file_claims_no_previous_version(tmp_path: Path, monkeypatch):
    target = tmp_path / "new.brief.yaml"

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    with pytest.raises(SaveError) as caught:
        save_brief(small_brief("new"), target)
    monkeypatch.undo()
    assert str(caught.value) == f"Could not save {target}: the disk is full."
    assert not caught.value.previous
    assert folder_listing(tmp_path) == []


def test_a_refused_brief_mentions_a_previous_version_only_if_there_is_one(tmp_path: Path):
    brief = model.Brief(title="x")
    brief.extra["thing"] = object()
    new = tmp_path / "new.brief.yaml"
    with pytest.raises(SaveError) as caught:
        save_brief(brief, new)
    assert "previous version" not in str(caught.value)
    old = tmp_path / "old.brief.yaml"
    save_brief(small_brief(), old)
    with pytest.raises(SaveError) as caught:
        save_brief(brief, old)
    assert str(caught.value).endswith("The previous version is unchanged.")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX permissions")
def test_a_read_only_folder_gives_a_save_error(open_folder: Path):
    locked = open_folder / "locked"
    locked.mkdir()
    target = locked / "paper.brief.yaml"
    target.write_text("old", encoding="utf-8")
    locked.chmod(0o555)

    def try_saving(path: Path) -> str | None:
        if os.geteuid() == 0:
            # The superuser ignores permissions: save as an unprivileged user instead.
            return save_as_other_user(model.Brief(title="x"), path)
        try:
            save_brief(model.Brief(title="x"), path)
        except SaveError as error:
            return f"SaveError({error.code}): {error}"
        return None

    denied = f"permission denied: you may not create or replace files in the folder {locked}"
    assert try_saving(target) == (f"SaveError(read-only-folder): Could not save {target}: "
                                  f"{denied}. The previous version is unchanged.")
    new = locked / "new.brief.yaml"  # no previous version to speak of
    assert try_saving(new) == f"SaveError(read-only-folder): Could not save {new}: {denied}."
    assert target.read_text(encoding="utf-8") == "old"
    assert folder_listing(locked) == ["paper.brief.yaml"]


def test_a_missing_folder_gives_a_save_error(tmp_path: Path):
    with pytest.raises(SaveError) as caught:
        save_brief(model.Brief(), tmp_path / "no-such-folder" / "x.brief.yaml")
    assert caught.value.reason == "the folder does not exist"


def test_a_folder_in_the_way_gives_a_save_error(tmp_path: Path):
    (tmp_path / "x.brief.yaml").mkdir()
    with pytest.raises(SaveError, match="something other than a file"):
        save_brief(model.Brief(), tmp_path / "x.brief.yaml")


# -- reading files ---------------------------------------------------------------------


def test_a_folder_is_not_opened(tmp_path: Path):
    with pytest.raises(BriefFileError, match="not a regular file"):
        load_brief(tmp_path)


def test_a_missing_file_is_a_brief_file_error(tmp_path: Path):
    with pytest.raises(BriefFileError, match="could not be read"):
        load_brief(tmp_path / "missing.brief.yaml")


def test_load_result_keeps_the_source_text(tmp_path: Path):
    target = tmp_path / "b.brief.yaml"
    target.write_text("\ufeffschema_version: 2\ntitle: With BOM\n", encoding="utf-8")
    result = load_brief(target)
    assert result.brief.title == "With BOM"
    assert result.source_text == "schema_version: 2\ntitle: With BOM\n"


# -- files that are not briefs ---------------------------------------------------------------

NOT_BRIEFS = {
    "settings.yaml": b"colour: blue\nfont_size: 12\n",
    "deployment.yaml": b"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"
                       b"spec:\n  replicas: 2\n",
    "services.yaml": b"apiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Service\n",
    "package.json": b'{"name": "web", "version": "1.0.0", "dependencies": {}}\n',
    "notes.yaml": b"Remember to call the embassy.\n",
    "report.brief.yaml": b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml"
                         b"\x00\x00word/document.xml",
    "script.yaml": b"def main(argv):\n    return [argv\n",
}


@pytest.mark.parametrize("name", sorted(NOT_BRIEFS))
def test_a_file_that_is_not_a_brief_is_called_that(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_bytes(NOT_BRIEFS[name])
    with pytest.raises(storage.NotABriefError) as caught:
        storage.load_brief(path)
    message = str(caught.value)
    assert message.startswith(f"{path} is not a BriefWriter brief: ")
    assert "YAML" not in message and "schema_version" not in message
    assert path.read_bytes() == NOT_BRIEFS[name]


def test_a_damaged_brief_is_still_a_brief_with_its_line(tmp_path: Path):
    path = tmp_path / "damaged.brief.yaml"
    path.write_bytes(b"schema_version: 3\ntitle: ok\nsummary: [unclosed\n")
    with pytest.raises(BriefFileError) as caught:
        storage.load_brief(path)
    assert not isinstance(caught.value, storage.NotABriefError)
    assert "not valid YAML" in str(caught.value)
    path.write_bytes(b"title: A brief without its version line\n")
    with pytest.raises(BriefFileError) as caught:
        storage.load_brief(path)
    assert "'schema_version' is missing" in str(caught.value)


def test_swap_in_folder_replaces_a_folder_and_keeps_the_old_one_when_it_fails(tmp_path,
                                                                            monkeypatch):
    from briefwriter.core.atomic_write import swap_in_folder

    folder, new = tmp_path / "kit", tmp_path / "stage"
    folder.mkdir()
    (folder / "old.txt").write_text("old")
    new.mkdir()
    (new / "new.txt").write_text("new")
    swap_in_folder(new, folder)
    assert [p.name for p in tmp_path.iterdir()] == ["kit"]  # nothing left beside it
    assert [p.name for p in folder.iterdir()] == ["new.txt"]
    again = tmp_path / "stage2"
    again.mkdir()
    real_rename = os.rename

    def failing(src, dst):
        if Path(src) == again:
            raise OSError(28, "No space left on device")
        return real_rename(src, dst)

    monkeypatch.setattr(os, "rename", failing)
    with pytest.raises(OSError, match="No space"):
        swap_in_folder(again, folder)
    assert [p.name for p in folder.iterdir()] == ["new.txt"]  # the kit in use is back
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kit", "stage2"]


def test_pledge_objectives_are_written_on_one_line_like_gcm_lists():
    brief = model.Brief(pledges=[model.Pledge(action="Train", objectives=[13, 7])],
                        history=[model.Cycle(pledges=[model.Pledge(objectives=[16])])])
    text = dump_brief_text(brief)
    assert "\n    objectives: [13, 7]\n" in text
    assert "\n        objectives: [16]\n" in text
    assert parse_brief_text(text).brief == brief
