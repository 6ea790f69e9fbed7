"""``briefwriter install-desktop`` / ``uninstall-desktop`` as a person's desktop meets them:
the files in the data folder, a desktop entry that is valid and starts the right program
(paths with spaces and quotes too), the file types as a real consumer resolves them, and an
uninstall that takes away exactly what was added."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefwriter import desktop
from briefwriter.cli import main

OURS = ["applications/briefwriter.desktop", "mime/packages/briefwriter.xml",
        "icons/hicolor/scalable/apps/briefwriter.svg"] + [
    f"icons/hicolor/{size}x{size}/{context}/{name}.png"
    for size in desktop.ICON_SIZES
    for context, name in (("apps", "briefwriter"),
                          ("mimetypes", "application-x-briefwriter-brief"),
                          ("mimetypes", "application-x-briefwriter-template-pack"))]


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A data folder of the test's own ($XDG_DATA_HOME), and a home with nothing in it."""
    data = tmp_path / "share"
    data.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setattr(sys, "platform", "linux")
    return data


def files_under(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is no PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


# -- the desktop entry, read as the spec says ----------------------------------------------

#: every key of the Desktop Entry Specification 1.5 an application entry may carry
SPEC_KEYS = {"Type", "Version", "Name", "GenericName", "NoDisplay", "Comment", "Icon", "Hidden",
             "OnlyShowIn", "NotShowIn", "DBusActivatable", "TryExec", "Exec", "Path",
             "Terminal", "Actions", "MimeType", "Categories", "Implements", "Keywords",
             "StartupNotify", "StartupWMClass", "URL", "PrefersNonDefaultGPU",
             "SingleMainWindow"}
LOCALISED = {"Name", "GenericName", "Comment", "Keywords", "Icon"}


def read_entry(text: str) -> dict[str, str]:
    """The [Desktop Entry] group's keys; fails on anything the spec does not allow."""
    group, entry = None, {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("["):
            group = line
            continue
        assert group == "[Desktop Entry]", f"a key outside the group: {line!r}"
        match = re.fullmatch(r"([A-Za-z0-9-]+)(\[([a-z]{2,3})(_[A-Z]{2})?\])?=(.*)", line)
        assert match, f"not a key=value line: {line!r}"
        key = match.group(1)
        assert key in SPEC_KEYS, f"unknown key {key}"
        assert match.group(2) is None or key in LOCALISED, f"{key} cannot be localised"
        full = line.split("=", 1)[0]
        assert full not in entry, f"{full} given twice"
        entry[full] = match.group(5)
    return entry


def unescape_value(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r",
                                       "\\": "\\"}[m.group(1)], value)


def exec_arguments(value: str) -> list[str]:
    """An Exec value split into arguments by the spec's rules (field codes kept as they are)."""
    text = unescape_value(value)
    arguments, current, quoted, started, i = [], "", False, False, 0
    while i < len(text):
        char = text[i]
        if quoted:
            if char == "\\":
                assert text[i + 1] in '"`$\\', f"bad escape in {text!r}"
                current, i = current + text[i + 1], i + 2
                continue
            if char == '"':
                quoted = False
            else:
                current += char
        elif char == '"':
            quoted = started = True
        elif char == " ":
            if started:
                arguments.append(current)
            current, started = "", False
        else:
            assert char not in "\"'\\><~|&;$*?#()`", f"{char!r} unquoted in {text!r}"
            current, started = current + char, True
        i += 1
    assert not quoted, f"unclosed quote in {text!r}"
    if started:
        arguments.append(current)
    return [a.replace("%%", "%") for a in arguments]


def test_install_writes_every_file(home, capsys):
    assert main(["install-desktop"]) == 0
    shown = capsys.readouterr().out
    assert f"30 files written in {home}" in shown
    assert "briefwriter uninstall-desktop" in shown
    assert OURS[0] in files_under(home) and set(OURS) <= files_under(home)
    for relative in OURS:
        if relative.endswith(".png"):
            size = int(relative.split("/")[2].split("x")[0])
            assert png_size(home / relative) == (size, size), relative
    svg = (home / "icons/hicolor/scalable/apps/briefwriter.svg").read_text("utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    entry = read_entry((home / "applications/briefwriter.desktop").read_text("utf-8"))
    assert entry["Type"] == "Application" and entry["Name"] == "BriefWriter"
    assert entry["Icon"] == "briefwriter" and entry["Terminal"] == "false"
    assert entry["Categories"] == "Office;WordProcessor;"
    assert entry["StartupWMClass"] == "BriefWriter"  # QApplication.applicationName()
    assert entry["MimeType"] == ("application/x-briefwriter-brief;"
                                 "application/x-briefwriter-template-pack;")
    for lang in ("fr", "es", "ar", "ru", "zh"):
        assert entry[f"Comment[{lang}]"] and entry[f"GenericName[{lang}]"]
    # The running BriefWriter: this venv's script, then %F for the files double-clicked.
    command = exec_arguments(entry["Exec"])
    assert command == [*desktop.launcher(), "%F"]
    assert unescape_value(entry["TryExec"]) == command[0]
    assert os.access(command[0], os.X_OK)
    manifest = json.loads(desktop.manifest_path().read_text("utf-8"))
    assert desktop.manifest_path().is_relative_to(home)
    assert sorted(manifest["files"]) == sorted(OURS)


def test_exec_quotes_paths_with_spaces_quotes_and_percent(home):
    odd = str(home / 'My "Apps" $HOME 100% \\ `x`' / "bin" / "briefwriter")
    entry = read_entry(desktop.desktop_entry([odd]))
    assert exec_arguments(entry["Exec"]) == [odd, "%F"]
    assert unescape_value(entry["TryExec"]) == odd
    plain = read_entry(desktop.desktop_entry(["/usr/bin/python3", "-m", "briefwriter"]))
    assert plain["Exec"] == "/usr/bin/python3 -m briefwriter %F"
    with pytest.raises(desktop.DesktopError, match="line break"):
        desktop.desktop_entry(["/opt/two\nlines/briefwriter"])


def test_the_launcher_is_the_frozen_app_the_script_or_python(tmp_path):
    assert desktop.launcher(frozen=True, executable="/opt/BriefWriter/briefwriter") == \
        ["/opt/BriefWriter/briefwriter"]
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    assert desktop.launcher(frozen=False, executable=str(python)) == \
        [str(python), "-m", "briefwriter"]
    script = bin_dir / "briefwriter"
    script.write_text("#!/bin/sh\n", "utf-8")
    script.chmod(0o755)
    assert desktop.launcher(frozen=False, executable=str(python)) == [str(script)]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed")
def test_the_desktop_entry_passes_desktop_file_validate(home):
    desktop.install()
    done = subprocess.run(["desktop-file-validate", str(home / OURS[0])],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


MIME_PROBE = textwrap.dedent("""\
    import sys
    from PySide6.QtCore import QCoreApplication, QMimeDatabase
    app = QCoreApplication([])
    database = QMimeDatabase()
    for name in sys.argv[1:]:
        kind = database.mimeTypeForFile(name)
        print(kind.name(), kind.iconName(), kind.comment(), sep="|")
    """)


def resolve_types(home: Path, *files: Path) -> list[list[str]]:
    """What Qt's MIME database (a real desktop consumer) makes of ``files``."""
    env = dict(os.environ, XDG_DATA_HOME=str(home), XDG_DATA_DIRS="/usr/share",
               QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", MIME_PROBE, *map(str, files)], env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    return [line.split("|") for line in done.stdout.splitlines()]


@pytest.mark.skipif(shutil.which("update-mime-database") is None,
                    reason="update-mime-database (shared-mime-info) is not installed")
def test_the_file_types_resolve_for_a_real_consumer(home, tmp_path):
    brief = tmp_path / "paper.brief.yaml"
    brief.write_text("title: A paper\n", "utf-8")
    pack = tmp_path / "partner.brieftemplate.zip"
    pack.write_bytes(b"PK\x03\x04" + bytes(26))
    plain = tmp_path / "other.yaml"
    plain.write_text("a: 1\n", "utf-8")
    before = resolve_types(home, brief, pack)
    assert before[0][0] != "application/x-briefwriter-brief"  # the test can fail
    report = desktop.install()
    assert "Refreshed the file types (update-mime-database)." in report.notes
    found = resolve_types(home, brief, pack, plain)
    assert found[0] == ["application/x-briefwriter-brief", "application-x-briefwriter-brief",
                        "BriefWriter brief"]
    assert found[1] == ["application/x-briefwriter-template-pack",
                        "application-x-briefwriter-template-pack", "BriefWriter template pack"]
    assert found[2][0] != "application/x-briefwriter-brief"  # other YAML stays YAML
    desktop.uninstall()
    assert resolve_types(home, brief)[0][0] == before[0][0]


def test_install_again_updates_in_place(home):
    desktop.install(["/old/place/briefwriter"])
    stale = home / "icons/hicolor/1024x1024/apps/briefwriter.png"  # an older version's size
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"old")
    manifest = json.loads(desktop.manifest_path().read_text("utf-8"))
    manifest["files"].append("icons/hicolor/1024x1024/apps/briefwriter.png")
    desktop.manifest_path().write_text(json.dumps(manifest), "utf-8")
    report = desktop.install(["/new/place/briefwriter"])
    assert len(report.files) == len(OURS)
    assert not stale.exists()
    entry = read_entry((home / OURS[0]).read_text("utf-8"))
    assert entry["Exec"] == "/new/place/briefwriter %F"
    assert not list(home.rglob("*.bak")) and not list(home.rglob("*.tmp*"))
    assert sorted(json.loads(desktop.manifest_path().read_text("utf-8"))["files"]) == \
        sorted(OURS)


def test_uninstall_removes_ours_and_keeps_everyone_elses(home, capsys):
    others = ["applications/other-app.desktop", "icons/hicolor/48x48/apps/other-app.png",
              "mime/packages/other-app.xml"]
    for relative in others:
        (home / relative).parent.mkdir(parents=True, exist_ok=True)
        (home / relative).write_bytes(b"someone else's")
    before = files_under(home)
    assert main(["install-desktop"]) == 0
    assert main(["uninstall-desktop"]) == 0
    assert "30 files deleted" in capsys.readouterr().out
    left = files_under(home)
    assert set(others) <= left
    assert not any("briefwriter" in name for name in left)
    # What is left beyond the others' files is the caches the desktop tools keep up to date
    # for the folders that were there before.
    assert all(name in before or name.startswith(("mime/", "applications/mimeinfo.cache",
                                                  "icons/hicolor/icon-theme.cache"))
               for name in left)
    assert not (home / "icons/hicolor/512x512").exists()  # folders install made, now empty
    assert not desktop.manifest_path().exists()
    assert main(["uninstall-desktop"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_uninstall_into_an_empty_data_folder_leaves_it_empty(home):
    desktop.install()
    desktop.uninstall()
    assert files_under(home) == set() and list(home.iterdir()) == []


def test_missing_cache_tools_are_reported_and_failing_ones_quoted(home, tmp_path,
                                                                   monkeypatch, capsys):
    tools = tmp_path / "tools"
    tools.mkdir()
    failing = tools / "update-mime-database"
    failing.write_text("#!/bin/sh\necho 'mime.cache: disk quota exceeded' >&2\nexit 1\n",
                       "utf-8")
    failing.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))  # and neither of the other two tools
    assert main(["install-desktop"]) == 0
    shown = capsys.readouterr().out
    assert ("update-mime-database could not refresh the file types: mime.cache: disk quota "
            "exceeded") in shown
    assert "update-desktop-database is not installed" in shown
    assert "gtk-update-icon-cache is not installed" in shown
    assert set(OURS) <= files_under(home)


@pytest.mark.parametrize(("platform", "advice"), [("darwin", "Dock"), ("win32", "taskbar")])
def test_other_systems_are_told_what_to_do_instead(home, monkeypatch, capsys, platform,
                                                   advice):
    monkeypatch.setattr(sys, "platform", platform)
    for command in ("install-desktop", "uninstall-desktop"):
        assert main([command]) == 1
        err = capsys.readouterr().err
        assert "for Linux desktops" in err or "adds BriefWriter to Linux desktops" in err
        assert advice in err and "Traceback" not in err
    assert files_under(home) == set()


def test_a_damaged_manifest_is_named_with_the_cause(home, capsys):
    desktop.manifest_path().parent.mkdir(parents=True)
    desktop.manifest_path().write_text("{not json", "utf-8")
    assert main(["uninstall-desktop"]) == 1
    err = capsys.readouterr().err
    assert str(desktop.manifest_path()) in err and "cannot be read" in err
    assert "Traceback" not in err


def test_an_edited_manifest_cannot_make_uninstall_remove_other_files(home, tmp_path, capsys):
    assert main(["install-desktop"]) == 0
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me", "utf-8")
    others = home / "applications" / "someone-else.desktop"
    others.write_text("[Desktop Entry]\n", "utf-8")
    manifest = json.loads(desktop.manifest_path().read_text("utf-8"))
    manifest["files"] += [str(precious), "../precious.txt", "applications/someone-else.desktop",
                          str(precious.relative_to(precious.anchor))]
    desktop.manifest_path().write_text(json.dumps(manifest), "utf-8")
    assert main(["uninstall-desktop"]) == 0
    assert precious.read_text("utf-8") == "keep me" and others.is_file()
    assert not (home / "applications" / "briefwriter.desktop").exists()


def test_several_files_open_the_app_with_all_of_them(tmp_path, monkeypatch):
    import briefwriter.cli as cli

    opened: list[list[str]] = []
    monkeypatch.setattr(cli, "open_app", lambda files=(): opened.append(list(files)) or 0)
    files = [tmp_path / "a.brief.yaml", tmp_path / "b.brieftemplate.zip"]
    for path in files:
        path.write_text("", "utf-8")
    assert main([str(p) for p in files]) == 0
    assert opened == [[str(p) for p in files]]
    assert main(["rendr", str(files[0])]) == 2  # a mistyped command is not a file


def test_installed_for_names_this_launcher_only(home, tmp_path):
    here, elsewhere = [str(tmp_path / "here" / "briefwriter")], [str(tmp_path / "old" / "bw")]
    assert not desktop.installed_for(here)  # no manifest
    desktop.install(here)
    assert desktop.installed_for(here)
    assert not desktop.installed_for(elsewhere)  # another copy's Exec
    (home / "applications" / "briefwriter.desktop").unlink()
    assert not desktop.installed_for(here)  # the entry is gone though the manifest is not
    desktop.install(here)
    desktop.manifest_path().write_text("not json", "utf-8")
    assert not desktop.installed_for(here)
    desktop.manifest_path().unlink()
    assert not desktop.installed_for(here)
