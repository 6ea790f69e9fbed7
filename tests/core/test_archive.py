"""The safe zip reader and writer against a hostile corpus the tests build themselves:
every refused archive names its entry and leaves nothing behind."""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from briefwriter.core.archive import ArchiveLimits, ArchiveRefused, extract_zip, write_zip

MB = 1024 * 1024


def make_zip(path: Path, entries: list[tuple[str, bytes] | zipfile.ZipInfo | tuple[
        zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry in entries:
            if isinstance(entry, zipfile.ZipInfo):
                archive.writestr(entry, b"")
            else:
                name, data = entry
                archive.writestr(name, data)
    return path


def info(name: str, mode: int) -> zipfile.ZipInfo:
    result = zipfile.ZipInfo(name)
    result.create_system = 3
    result.external_attr = mode << 16
    return result


def patch_headers(path: Path, *, local: dict[int, bytes], central: dict[int, bytes]) -> None:
    """Overwrite fields of every local and central header (offsets from each signature)."""
    data = bytearray(path.read_bytes())
    for signature, fields in ((b"PK\x03\x04", local), (b"PK\x01\x02", central)):
        start = 0
        while (at := data.find(signature, start)) >= 0:
            for offset, value in fields.items():
                data[at + offset: at + offset + len(value)] = value
            start = at + 4
    path.write_bytes(bytes(data))


def contents(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.exists() else set()


def refused(zip_path: Path, tmp_path: Path, *, limits: ArchiveLimits = ArchiveLimits()) -> str:
    """Extract ``zip_path``, expect a refusal; check nothing was written; the message."""
    parent = tmp_path / "unpack-here"
    parent.mkdir(exist_ok=True)
    before = contents(parent)
    with pytest.raises(ArchiveRefused) as caught:
        extract_zip(zip_path, parent / "pack", limits=limits)
    assert contents(parent) == before  # no partial folder, no temporary folder left
    message = str(caught.value)
    assert zip_path.name in message
    return message


@pytest.mark.parametrize(("name", "words"), [
    ("../evil", "outside"),
    ("a/../../b", "outside"),
    ("/abs", "absolute"),
    ("C:\\x", "backslash"),
    ("C:x", "absolute"),
    ("a\\..\\..\\b", "backslash"),
    ("a//b", "empty"),
    ("x/" + "n" * 256, "longer than 255"),
    ("ok/\x07bell", "control character"),
])
def test_entry_names_that_could_escape_are_refused(tmp_path, name, words):
    zip_path = make_zip(tmp_path / "bad.zip", [("fine.txt", b"ok"), (name, b"evil")])
    message = refused(zip_path, tmp_path)
    assert words in message
    assert not (tmp_path / "evil").exists() and not Path("/abs").exists()


def test_a_nul_in_a_name_is_refused_not_cut_short(tmp_path):
    # zipfile cuts a name at a NUL when reading; the name is judged as the archive has it.
    zip_path = make_zip(tmp_path / "nul.zip", [("safe.txtXevil", b"x")])
    zip_path.write_bytes(zip_path.read_bytes().replace(b"safe.txtXevil", b"safe.txt\x00evil"))
    assert "NUL" in refused(zip_path, tmp_path)


@pytest.mark.parametrize(("mode", "words"), [
    (stat.S_IFLNK | 0o777, "symbolic link"),
    (stat.S_IFIFO | 0o644, "not a regular file"),
    (stat.S_IFCHR | 0o644, "not a regular file"),
    (stat.S_IFBLK | 0o644, "not a regular file"),
    (stat.S_IFSOCK | 0o644, "not a regular file"),
])
def test_links_and_special_files_are_refused(tmp_path, mode, words):
    link = info("style.css", mode)
    with zipfile.ZipFile(tmp_path / "special.zip", "w") as archive:
        archive.writestr(link, b"/etc/passwd")
    message = refused(tmp_path / "special.zip", tmp_path)
    assert "style.css" in message and words in message


def test_too_many_files_are_refused_before_unpacking(tmp_path):
    zip_path = make_zip(tmp_path / "many.zip", [(f"f{i}.txt", b"x") for i in range(1000)])
    assert "1000 files" in refused(zip_path, tmp_path)


@pytest.fixture(scope="session")
def bomb(tmp_path_factory) -> Path:
    """1 GB of zeros packed into about a megabyte."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("template.yaml", "w") as entry:
            zeros = bytes(MB)
            for _ in range(1024):
                entry.write(zeros)
    assert path.stat().st_size < 2 * MB
    return path


def _count_unpacked(monkeypatch) -> list[int]:
    seen = [0]
    original = zipfile.ZipExtFile.read

    def counting(self, n=-1):
        data = original(self, n)
        seen[0] += len(data)
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", counting)
    return seen


def test_a_compression_bomb_is_refused_without_unpacking_it(tmp_path, bomb, monkeypatch):
    unpacked = _count_unpacked(monkeypatch)
    message = refused(bomb, tmp_path)
    assert "more than 50 MB" in message
    assert unpacked[0] == 0  # the honest header alone gave it away


def test_a_bomb_whose_header_lies_is_stopped_by_counting(tmp_path, bomb, monkeypatch):
    lying = tmp_path / "lying-bomb.zip"
    lying.write_bytes(bomb.read_bytes())
    claim = struct.pack("<I", 10 * MB)  # "10 MB unpacked": passes the first look
    patch_headers(lying, local={22: claim}, central={24: claim})
    unpacked = _count_unpacked(monkeypatch)
    message = refused(lying, tmp_path)
    assert "template.yaml" in message or "damaged" in message
    assert unpacked[0] <= 10 * MB + 64 * 1024  # never more than was claimed, not 1 GB


def test_unpacked_bytes_are_counted_not_taken_from_the_header(tmp_path):
    # Random bytes do not compress, so only the real count can catch the size.
    data = os.urandom(300_000)
    zip_path = make_zip(tmp_path / "big.zip", [("font.ttf", data)])
    limits = ArchiveLimits(max_file_bytes=200_000)
    assert "font.ttf" in refused(zip_path, tmp_path, limits=limits)


def test_a_high_compression_ratio_is_refused_once_past_a_megabyte(tmp_path):
    zip_path = make_zip(tmp_path / "zeros.zip", [("logo.png", bytes(5 * MB))])
    message = refused(zip_path, tmp_path)
    assert "logo.png" in message and "100 to 1" in message
    # Small, highly compressible files (CSS, a blank line repeated) are ordinary.
    fine = make_zip(tmp_path / "small.zip", [("style.css", b" " * 500_000)])
    assert extract_zip(fine, tmp_path / "ok")[0].stat().st_size == 500_000


def test_a_header_that_lies_about_the_size_is_refused(tmp_path):
    zip_path = make_zip(tmp_path / "lies.zip", [("template.html.j2", b"x" * 5000)])
    claim = struct.pack("<I", 10)
    patch_headers(zip_path, local={22: claim}, central={24: claim})
    assert "damaged" in refused(zip_path, tmp_path)


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("names", [
    ["style.css", "style.css"],
    ["Style.css", "style.css"],
    ["fonts/A.ttf", "FONTS/a.ttf"],
    ["caf\u00e9.css", "cafe\u0301.css"],  # one name in two Unicode forms (macOS)
    ["logo", "logo/x.png"],
])
def test_duplicate_names_are_refused(tmp_path, names):
    with zipfile.ZipFile(tmp_path / "dup.zip", "w") as archive:
        for name in names:
            archive.writestr(name, b"x")  # zipfile warns about exact duplicates
    message = refused(tmp_path / "dup.zip", tmp_path)
    assert "twice" in message or "clashes" in message or "which is a file" in message


def test_an_encrypted_entry_is_refused(tmp_path):
    zip_path = make_zip(tmp_path / "secret.zip", [("template.yaml", b"name: x")])
    data = bytearray(zip_path.read_bytes())
    patch_headers(zip_path, local={6: bytes([data[6] | 1])}, central={8: bytes([data[6] | 1])})
    assert "the entry 'template.yaml' is encrypted" in refused(zip_path, tmp_path)


@pytest.mark.parametrize("payload", [b"", b"not a zip at all", b"PK\x03\x04" + b"\0" * 40])
def test_something_that_is_not_a_zip_gets_a_clear_message(tmp_path, payload):
    path = tmp_path / "pack.zip"
    path.write_bytes(payload)
    assert "not a zip archive" in refused(path, tmp_path)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pack.zip"
    os.mkfifo(fifo)
    assert "not a regular file" in refused(fifo, tmp_path)


def test_an_empty_zip_unpacks_to_an_empty_folder(tmp_path):
    zip_path = make_zip(tmp_path / "empty.zip", [])
    assert extract_zip(zip_path, tmp_path / "out") == []
    assert (tmp_path / "out").is_dir() and contents(tmp_path / "out") == set()


def test_extract_refuses_an_existing_destination(tmp_path):
    zip_path = make_zip(tmp_path / "ok.zip", [("a.txt", b"a")])
    (tmp_path / "there").mkdir()
    (tmp_path / "there" / "mine.txt").write_text("keep")
    with pytest.raises(FileExistsError):
        extract_zip(zip_path, tmp_path / "there")
    assert contents(tmp_path / "there") == {"mine.txt"}


def test_files_are_unpacked_with_plain_permissions(tmp_path):
    exe = info("run.sh", stat.S_IFREG | 0o4777)
    with zipfile.ZipFile(tmp_path / "modes.zip", "w") as archive:
        archive.writestr(exe, b"#!/bin/sh\n")
        archive.writestr("sub/", b"")
        archive.writestr("sub/x.css", b"p{}")
    files = extract_zip(tmp_path / "modes.zip", tmp_path / "out")
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in files) == [
        "run.sh", "sub/x.css"]
    mode = (tmp_path / "out" / "run.sh").stat().st_mode
    assert not mode & (stat.S_ISUID | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


# --------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    (folder / "fonts").mkdir(parents=True)
    (folder / "empty").mkdir()
    (folder / "template.yaml").write_text("name: x\n")
    (folder / "fonts" / "f.ttf").write_bytes(os.urandom(1000))
    return folder


def test_write_then_extract_round_trips_every_file(tmp_path):
    folder = _folder(tmp_path)
    out = write_zip(folder, tmp_path / "out.zip", arcroot="my-pack")
    names = zipfile.ZipFile(out).namelist()
    assert names == ["my-pack/empty/", "my-pack/fonts/f.ttf", "my-pack/template.yaml"]
    extract_zip(out, tmp_path / "back")
    for name in ("template.yaml", "fonts/f.ttf"):
        assert (tmp_path / "back" / "my-pack" / name).read_bytes() == \
            (folder / name).read_bytes()
    assert (tmp_path / "back" / "my-pack" / "empty").is_dir()


def test_writing_is_deterministic(tmp_path):
    folder = _folder(tmp_path)
    first = write_zip(folder, tmp_path / "1.zip").read_bytes()
    os.utime(folder / "template.yaml", (1_000_000_000, 1_000_000_000))
    assert write_zip(folder, tmp_path / "2.zip").read_bytes() == first


@pytest.mark.parametrize("kind", ["link", "fifo"])
def test_writing_refuses_links_and_special_files_by_name(tmp_path, kind):
    folder = _folder(tmp_path)
    if kind == "link":
        (folder / "fonts" / "system.ttf").symlink_to("/etc/hostname")
        bad = "fonts/system.ttf"
    else:
        os.mkfifo(folder / "pipe")
        bad = "pipe"
    out = tmp_path / "out.zip"
    with pytest.raises(ArchiveRefused, match=bad):
        write_zip(folder, out)
    assert not out.exists() and not list(tmp_path.glob(".out.zip*"))


def test_writing_refuses_what_could_not_be_unpacked(tmp_path):
    folder = _folder(tmp_path)
    with pytest.raises(ArchiveRefused, match="more than 2 files"):
        write_zip(folder, tmp_path / "out.zip", limits=ArchiveLimits(max_files=2))


def test_writing_replaces_an_existing_file_whole(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "out.zip"
    out.write_bytes(b"old")
    write_zip(folder, out)
    assert zipfile.is_zipfile(io.BytesIO(out.read_bytes()))
