"""The Linux bundle tested as a person would use it, away from the source tree and its venv.

Usage: python3 scripts/test_bundle.py dist/briefwriter-VERSION-linux-ARCH.tar.gz

Run with the system's python3 (``make test-bundle`` does): this script needs nothing but the
standard library, and the bundle must need no Python at all.  It unpacks the archive into a
fresh temporary folder, then runs the bundle's program there with an environment of its own
(only PATH=/usr/bin:/bin, HOME and XDG_* inside the folder, LANG=C.UTF-8 and
QT_QPA_PLATFORM=offscreen) and the folder as the working directory:

- no big Qt module the app does not use (QtQuick, QtQml, WebEngine...);
- every library in the bundle finds what it links to (Wayland's libraries excepted: a
  Wayland desktop has them, and PyInstaller leaves them to the system);
- ``briefwriter --version``;
- the bundled examples rendered in one batch on one worker (so that some jobs run in forked
  copies of it), and a brief in Chinese (the system's Noto CJK fonts must be
  found through the bundle's own fontconfig), each PDF checked with pdfinfo and pdffonts
  when poppler-utils is installed;
- ``briefwriter self-check --window``: data, translations, fonts, a render, and the main
  window opened offscreen until its preview shows.  While it runs, the files mapped by the
  program and its render workers are read from /proc: every shared library must come from
  the bundle or the system's library folders, nothing from the source tree or a venv, and
  Pango from the bundle; the system programs they start must get the person's environment,
  not the bundle's library and plugin paths.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent
SYSTEM_LIBRARY_FOLDERS = ("/usr/lib/", "/lib/", "/usr/lib64/", "/lib64/")
#: libraries PyInstaller leaves to the system on purpose (its own exclusion list)
LEFT_TO_THE_SYSTEM = re.compile(r"^libwayland-")
#: Qt's big modules the app never uses (bundle_common.EXCLUDED_MODULES, QT_UNUSED_PLUGINS)
UNUSED_QT = re.compile(r"^libQt6(Quick|Qml|WebEngine|3D|Multimedia|VirtualKeyboard|Charts)")
TIMEOUT = 300
CHINESE_BRIEF = """\
schema_version: 4
title: 移民工人的权利
language: zh
summary: 所有移民都应享有体面工作和社会保护。
organisation:
  name: 移民权利网络
"""

problems: list[str] = []


def check(ok: bool, what: str) -> bool:
    print(f"{'ok  ' if ok else 'FAIL'}  {what}", flush=True)
    if not ok:
        problems.append(what)
    return ok


def clean_environment(root: Path) -> dict[str, str]:
    """What ``env -i`` with a few variables gives: nothing of this shell, venv or tree."""
    home = root / "home"
    runtime = root / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def run(program: Path, args: list[str], env: dict[str, str], cwd: Path) -> \
        subprocess.CompletedProcess[str]:
    return subprocess.run([str(program), *args], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=TIMEOUT, check=False)


def unresolved_libraries(bundle: Path) -> list[str]:
    """Each library of the bundle that links to one neither the bundle nor the system has."""
    internal = bundle / "_internal"
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": str(internal)}
    missing = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or not (
                ".so" in path.name or path.parent == bundle):
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        listed = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True,
                                timeout=60, check=False).stdout
        for line in listed.splitlines():
            name, _, where = line.strip().partition(" => ")
            if where.strip() == "not found" and not LEFT_TO_THE_SYSTEM.match(name):
                missing.append(f"{path.relative_to(bundle)} needs {name}")
    return missing


def pdf_facts(pdf: Path) -> tuple[bool, str]:
    """(fine, what was seen) for a rendered PDF: its header, size and, with poppler-utils,
    its page count."""
    if not pdf.is_file():
        return False, f"{pdf.name} was not written"
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:] or len(data) < 10_000:
        return False, f"{pdf.name} is no complete PDF ({len(data)} bytes)"
    facts = f"{pdf.name}: {len(data) // 1024} KB"
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                              timeout=60, check=False).stdout
        pages = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
        if pages is None or int(pages.group(1)) < 1:
            return False, f"pdfinfo reads no pages in {pdf.name}"
        facts += f", {pages.group(1)} pages"
    return True, facts


def fonts_of(pdf: Path) -> str | None:
    if not shutil.which("pdffonts"):
        return None
    return subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, timeout=60,
                          check=False).stdout


# --- what the running program maps ------------------------------------------------------

def _descendants(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(parent, []).append(int(entry))
    found, queue = [], [root]
    while queue:
        pid = queue.pop()
        found.append(pid)
        queue.extend(parents.get(pid, []))
    return found


def watch_processes(proc: subprocess.Popen[str], bundle: Path) -> \
        tuple[dict[str, set[str]], dict[str, str]]:
    """Until ``proc`` ends: every file mapped by it and by the copies of the bundle's program
    it starts (the render workers), with the role of each process that mapped it; and for
    each system program they start, what it was given of the bundle's environment."""
    program = str(bundle / "briefwriter")
    mapped: dict[str, set[str]] = {}
    others: dict[str, str] = {}
    while proc.poll() is None:
        for pid in _descendants(proc.pid):
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
                if os.fsdecode(command[0]) != program:
                    # a system program (fc-list, what cffi runs to find a library)
                    environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
                    given = [os.fsdecode(v) for v in environ if v.startswith(
                        (b"LD_LIBRARY_PATH=", b"QT_PLUGIN_PATH=", b"QML2_IMPORT_PATH="))]
                    others[os.fsdecode(command[0])] = " ".join(given)
                    continue
                role = "worker" if b"--render-worker" in command else "app"
                with open(f"/proc/{pid}/maps", encoding="utf-8", errors="replace") as maps:
                    for line in maps:
                        fields = line.split(None, 5)
                        if len(fields) == 6 and fields[5].startswith("/"):
                            mapped.setdefault(fields[5].rstrip("\n"), set()).add(role)
            except OSError:
                continue  # it ended meanwhile
        time.sleep(0.05)
    return mapped, others


def judge_system_programs(others: dict[str, str], bundle: Path) -> None:
    if not others:
        print("      (no system program was seen running: their environment not checked)")
        return
    leaked = {name: given for name, given in others.items() if str(bundle) in given}
    check(not leaked, f"system programs the app started ({', '.join(sorted(others))}) got "
          "the person's environment, not the bundle's library or plugin path"
          + (f"; not: {leaked}" if leaked else ""))


def judge_mapped_files(mapped: dict[str, set[str]], bundle: Path) -> None:
    inside = str(bundle) + "/"
    foreign = sorted(
        path for path in mapped
        if path.startswith(str(SOURCE) + "/") or "/site-packages/" in path
        or "/.venv/" in path)
    check(not foreign, "nothing mapped from the source tree or a Python installation"
          + (f": {foreign[:5]}" if foreign else ""))
    libraries = [p for p in mapped if re.search(r"\.so(\.\d+)*$", Path(p).name)]
    elsewhere = sorted(p for p in libraries
                       if not p.startswith(inside) and not p.startswith(SYSTEM_LIBRARY_FOLDERS))
    check(not elsewhere, f"{len(libraries)} shared libraries mapped, each from the bundle or "
          "the system's library folders" + (f"; not: {elsewhere[:5]}" if elsewhere else ""))
    for name, role in (("libpython3", "app"), ("libQt6Widgets.so", "app"),
                       ("libqoffscreen.so", "app"), ("libQt6PdfWidgets.so", "app"),
                       ("libpango-1.0.so", "worker"), ("libharfbuzz.so", "worker")):
        where = sorted(p for p, roles in mapped.items()
                       if Path(p).name.startswith(name) and role in roles)
        check(bool(where) and all(p.startswith(inside) for p in where),
              f"the {role} used the bundle's {name.rstrip('.')}: "
              f"{', '.join(p.replace(inside, '') for p in where) or 'never mapped'}")


# --- the test ---------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    archive = Path(argv[0]).resolve()
    if not archive.is_file():
        print(f"{archive}: no such archive (make bundle builds it)", file=sys.stderr)
        return 2
    root = Path(tempfile.mkdtemp(prefix="briefwriter-bundle-test-")).resolve()
    try:
        return _test(archive, root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _test(archive: Path, root: Path) -> int:
    if root.is_relative_to(SOURCE):
        print(f"the temporary folder {root} is inside the source tree", file=sys.stderr)
        return 2
    subprocess.run(["tar", "-xzf", str(archive), "-C", str(root)], check=True,
                   timeout=TIMEOUT)
    bundle = root / "briefwriter"
    program = bundle / "briefwriter"
    size = sum(p.lstat().st_size for p in bundle.rglob("*"))
    print(f"{archive.name}: {archive.stat().st_size / 2**20:.0f} MB, unpacked "
          f"{size / 2**20:.0f} MB, in {root}")
    env = clean_environment(root)

    unused_qt = sorted(p.name for p in (bundle / "_internal").rglob("libQt6*")
                       if UNUSED_QT.match(p.name))
    check(not unused_qt, "no Qt module the app does not use (QtQuick, QtQml, WebEngine, ...)"
          + (f"; found: {unused_qt[:5]}" if unused_qt else ""))
    missing = unresolved_libraries(bundle)
    check(not missing, "every library in the bundle finds the libraries it links to"
          + (f"; not: {missing[:5]}" if missing else ""))

    version = run(program, ["--version"], env, root)
    check(version.returncode == 0 and version.stdout.startswith("BriefWriter "),
          f"briefwriter --version: {version.stdout.strip() or version.stderr.strip()}")

    out = root / "out"
    examples = bundle / "_internal" / "briefwriter" / "examples"
    # One worker for all of them: a template's later jobs run in forked copies of it.
    rendered = run(program, ["render", f"{examples}/*.brief.yaml", "-o", f"{out}/", "-j", "1"],
                   env, root)
    written = sorted(out.glob("*.pdf"))
    results = [pdf_facts(pdf) for pdf in written]
    check(rendered.returncode == 0 and len(written) == len(list(examples.glob("*.brief.yaml")))
          and all(fine for fine, _ in results),
          f"the bundled examples rendered in one batch: {'; '.join(f for _, f in results)} "
          f"{rendered.stderr.strip()}".strip())

    chinese = root / "chinese.brief.yaml"
    chinese.write_text(CHINESE_BRIEF, encoding="utf-8")
    rendered = run(program, ["render", str(chinese), "-o", str(out / "chinese.pdf")], env,
                   root)
    fine, facts = pdf_facts(out / "chinese.pdf")
    check(rendered.returncode == 0 and fine,
          f"a brief in Chinese rendered: {facts} {rendered.stderr.strip()}".strip())
    fonts = fonts_of(out / "chinese.pdf")
    if fonts is not None:
        check("CJK" in fonts, "the Chinese paper embeds a Noto CJK font (installed on the "
              "system, found through the bundle's fontconfig)")

    started = time.monotonic()
    proc = subprocess.Popen([str(program), "self-check", "--window"], env=env, cwd=root,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        mapped, others = watch_processes(proc, bundle)
    finally:
        if proc.poll() is None:
            proc.kill()
        report, errors = proc.communicate(timeout=TIMEOUT)
    print("\n".join(f"      {line}" for line in report.splitlines()))
    check(proc.returncode == 0, f"briefwriter self-check --window passed "
          f"({time.monotonic() - started:.0f} s){': ' + errors.strip() if proc.returncode else ''}")
    check(f"from {bundle}/_internal/briefwriter " in report,
          "self-check names the bundle's own copy of the package")
    judge_mapped_files(mapped, bundle)
    judge_system_programs(others, bundle)

    if problems:
        print(f"\nThe bundle failed {len(problems)} check(s).", file=sys.stderr)
        return 1
    print("\nThe bundle works without Python, the venv or the source tree.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
