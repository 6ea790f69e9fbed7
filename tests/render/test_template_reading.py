"""Reading template packs: a pipe or device in a pack cannot hang listing, finding or rendering,
and finding one pack by name does not read the others."""

from __future__ import annotations

import os
import shutil
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import MINIMAL, make_job

from briefwriter.core import storage
from briefwriter.core.errors import TemplateError
from briefwriter.core.storage import NotRegularFileError, read_regular_file
from briefwriter.render import templates
from briefwriter.render.pipeline import render_job
from briefwriter.render.template_lookup import find_template
from briefwriter.render.templates import forget_read_packs, list_templates, scan_templates

GUARD_SECONDS = 30
# The packs that come with BriefWriter, each read once by a listing.
BUNDLED_COUNT = len(list(templates.bundled_templates_dir().glob("*/template.yaml")))


def promptly(action: Callable[[], Any], fifos: list[Path]) -> Any:
    """``action()``, failing (not hanging) if it is still waiting after a while.

    A thread stuck opening a FIFO is let go by opening the FIFO for writing, so a failing
    test leaves nothing behind.
    """
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = action()
        except BaseException as exc:  # handed to the test below
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(GUARD_SECONDS)
    if thread.is_alive():
        for fifo in fifos:
            try:
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                pass
        thread.join(5)
        pytest.fail(f"still waiting after {GUARD_SECONDS} s: a FIFO was opened")
    if "error" in box:
        raise box["error"]
    return box["value"]


def copy_pack(root: Path, folder: str = "test-minimal") -> Path:
    return Path(shutil.copytree(MINIMAL, root / folder))


def fifo_in_place_of(path: Path) -> Path:
    path.unlink()
    os.mkfifo(path)
    return path


@pytest.fixture(autouse=True)
def _fresh_cache():
    forget_read_packs()
    yield
    forget_read_packs()


# --------------------------------------------------------------------------------------
# A FIFO where a file should be
# --------------------------------------------------------------------------------------


def test_a_fifo_manifest_in_the_user_folder_is_reported_by_list_and_find(
        isolated_user_templates):
    pack = copy_pack(isolated_user_templates)
    fifo = fifo_in_place_of(pack / "template.yaml")
    packs, problems = promptly(scan_templates, [fifo])
    assert {p.name for p in packs} == {"joint-letter", "oral-statement", "position-paper",
                                        "two-page-brief"}
    (problem,) = problems
    assert problem.template == str(fifo) and "not a regular file" in problem.message
    with pytest.raises(TemplateError, match="not a regular file"):
        promptly(lambda: find_template("test-minimal"), [fifo])
    with pytest.raises(TemplateError, match="not a regular file"):
        promptly(lambda: find_template(str(pack)), [fifo])


def test_a_fifo_manifest_fails_the_render_with_a_message(tmp_path):
    pack = copy_pack(tmp_path)
    fifo = fifo_in_place_of(pack / "template.yaml")
    result = promptly(lambda: render_job(make_job(pack, tmp_path)), [fifo])
    assert not result["ok"]
    assert result["error"]["kind"] == "template"
    assert "the manifest is not a regular file" in result["error"]["message"]


def test_a_fifo_as_the_entry_file_is_refused(tmp_path):
    pack = copy_pack(tmp_path)
    fifo = fifo_in_place_of(pack / "page.html.j2")
    result = promptly(lambda: render_job(make_job(pack, tmp_path)), [fifo])
    assert not result["ok"]
    assert "'page.html.j2' is not a file in the template folder" in result["error"]["message"]


def test_a_fifo_swapped_in_for_the_entry_after_the_pack_was_read_is_refused(tmp_path):
    pack = copy_pack(tmp_path)
    assert find_template(str(pack)).entry == "page.html.j2"  # read, and remembered
    (pack / "partials" / "late.j2").write_text("x", encoding="utf-8")
    fifo = fifo_in_place_of(pack / "partials" / "late.j2")
    page = pack / "page.html.j2"
    page.write_text(page.read_text("utf-8") + '{% include "partials/late.j2" %}', "utf-8")
    result = promptly(lambda: render_job(make_job(pack, tmp_path)), [fifo])
    assert not result["ok"]
    assert "'partials/late.j2' is not a file in the template folder" in \
        result["error"]["message"]


def test_a_fifo_as_a_stylesheet_is_refused(tmp_path):
    pack = copy_pack(tmp_path)
    fifo = fifo_in_place_of(pack / "style.css")
    result = promptly(lambda: render_job(make_job(pack, tmp_path)), [fifo])
    assert not result["ok"]
    assert "field 'stylesheets': 'style.css' is not a file" in result["error"]["message"]


def test_a_fifo_linked_from_the_html_is_blocked_and_the_render_goes_on(tmp_path):
    pack = copy_pack(tmp_path)
    fifo = pack / "extra.css"
    os.mkfifo(fifo)
    page = pack / "page.html.j2"
    page.write_text(page.read_text("utf-8").replace(
        "</head>", '<link rel="stylesheet" href="extra.css"></head>'), "utf-8")
    assert '<link rel="stylesheet" href="extra.css">' in page.read_text("utf-8")
    result = promptly(lambda: render_job(make_job(pack, tmp_path)), [fifo])
    assert result["ok"], result["error"]
    assert any("extra.css: blocked" in w for w in result["warnings"])


def test_a_fifo_swapped_in_after_the_check_is_not_waited_on(tmp_path, monkeypatch):
    # The race the check before opening cannot close: the path is a file when looked at and
    # a FIFO when opened.  What was opened decides.
    regular = tmp_path / "regular.txt"
    regular.write_text("x", encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    real_stat = os.stat
    monkeypatch.setattr(storage.os, "stat",
                        lambda path, *a, **k: real_stat(regular if path == fifo else path,
                                                        *a, **k))
    with pytest.raises(NotRegularFileError):
        promptly(lambda: read_regular_file(fifo, 1000), [fifo])


def test_read_regular_file_refuses_folders_devices_and_large_files(tmp_path):
    with pytest.raises(NotRegularFileError):
        read_regular_file(tmp_path, 1000)
    if Path("/dev/zero").exists():
        with pytest.raises(NotRegularFileError):
            read_regular_file("/dev/zero", 1000)
    big = tmp_path / "big"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(storage.FileTooLargeError) as caught:
        read_regular_file(big, 1000)
    assert caught.value.size == 1001
    assert read_regular_file(big, 1001) == b"x" * 1001


# --------------------------------------------------------------------------------------
# What finding and listing read
# --------------------------------------------------------------------------------------


MANIFEST = "manifest_version: 1\nname: {name}\ntitle: Pack {name}\nentry: page.j2\n"


def fill(folder: Path, count: int) -> None:
    for number in range(count):
        pack = folder / f"pack-{number:04d}"
        pack.mkdir()
        (pack / "template.yaml").write_text(MANIFEST.format(name=pack.name), encoding="utf-8")
        (pack / "page.j2").write_text("<p>x</p>", encoding="utf-8")


@pytest.fixture
def reads(monkeypatch) -> list[Path]:
    """The folders whose manifest was read (parsed), in order."""
    seen: list[Path] = []
    real = templates.load_pack

    def counting(folder: str | Path, **kwargs: Any) -> Any:
        seen.append(Path(folder))
        return real(folder, **kwargs)

    monkeypatch.setattr(templates, "load_pack", counting)
    return seen


@pytest.fixture
def crowded(isolated_user_templates) -> Path:
    fill(isolated_user_templates, 2000)
    return isolated_user_templates


def test_finding_a_bundled_name_reads_no_user_pack(crowded, reads, monkeypatch):
    opened: list[str] = []
    real_scandir = os.scandir

    def watching_scandir(path: Any = ".") -> Any:
        opened.append(str(path))
        return real_scandir(path)

    monkeypatch.setattr(templates.os, "scandir", watching_scandir)
    pack = find_template("position-paper")
    assert pack.bundled
    assert reads == [templates.bundled_templates_dir() / "position-paper"]
    assert opened == []  # no folder listed, neither the bundled nor the user's


def test_finding_a_user_pack_reads_that_pack_only(crowded, reads):
    pack = find_template("pack-1234")
    assert pack.folder == (crowded / "pack-1234").resolve()
    assert reads == [crowded / "pack-1234"]


def test_a_render_job_reads_only_its_own_pack(crowded, reads, tmp_path):
    job = make_job("two-page-brief", tmp_path)
    job["outputs"] = {"html": str(tmp_path / "out.html")}
    for _ in range(2):
        assert render_job(job)["ok"]
    assert reads == [templates.bundled_templates_dir() / "two-page-brief"]


def test_an_unknown_name_reads_only_a_few_packs_for_its_message(crowded, reads):
    with pytest.raises(TemplateError) as caught:
        find_template("no-such-pack")
    message = caught.value.message
    assert "there is no template called 'no-such-pack'" in message
    assert "pack-0000" in message and "more folders in your template folder" in message
    assert len(reads) < 100


def test_a_second_listing_reads_nothing_again(crowded, reads):
    first = list_templates()
    assert len(reads) == 2000 + BUNDLED_COUNT
    reads.clear()
    assert list_templates() == first
    assert reads == []


def test_a_changed_manifest_is_read_again(isolated_user_templates, reads):
    fill(isolated_user_templates, 3)
    list_templates()
    manifest = isolated_user_templates / "pack-0001" / "template.yaml"
    manifest.write_text(MANIFEST.format(name="pack-0001") + "title: A new title\n",
                        encoding="utf-8")
    reads.clear()
    packs = {p.name: p for p in list_templates()}
    assert reads == [isolated_user_templates / "pack-0001"]
    assert packs["pack-0001"].title == "A new title"


def test_a_pack_added_or_removed_shows_in_the_next_listing(isolated_user_templates):
    fill(isolated_user_templates, 2)
    assert "pack-0001" in {p.name for p in list_templates()}
    shutil.rmtree(isolated_user_templates / "pack-0001")
    copy_pack(isolated_user_templates)
    names = {p.name for p in list_templates()}
    assert "pack-0001" not in names and "test-minimal" in names


def test_a_broken_manifest_is_reported_each_time_without_being_read_again(
        isolated_user_templates, reads):
    pack = isolated_user_templates / "broken"
    pack.mkdir()
    (pack / "template.yaml").write_text("manifest_version: 1\nname: Broken!\n", "utf-8")
    for _ in range(2):
        (problem,) = scan_templates()[1]
        assert "lowercase letters" in problem.message and problem.line == 2
    assert reads.count(pack) == 1


def test_listing_from_several_threads_gives_the_same_plain_data(isolated_user_templates):
    fill(isolated_user_templates, 50)
    results: list[list[Any]] = []
    threads = [threading.Thread(target=lambda: results.append(list_templates()))
               for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(GUARD_SECONDS)
    assert len(results) == 4 and all(r == results[0] for r in results)
    assert len(results[0]) == 50 + BUNDLED_COUNT
    # Frozen dataclasses of strings, numbers and paths: nothing a thread could change.
    with pytest.raises(AttributeError):
        results[0][0].name = "changed"  # type: ignore[misc]


def test_a_symlinked_pack_folder_is_not_found_by_name(isolated_user_templates, tmp_path):
    real = copy_pack(tmp_path / "elsewhere")
    (isolated_user_templates / "test-minimal").symlink_to(real)
    with pytest.raises(TemplateError, match="may not be a symbolic link"):
        find_template("test-minimal")
    assert stat.S_ISLNK(os.lstat(isolated_user_templates / "test-minimal").st_mode)
