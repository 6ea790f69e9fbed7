"""Install the built wheel as a person would, and check that the installed copy is the whole app.

Run by ``make test-install`` (and CI) with the system's Python, not the project's venv:

    python3 scripts/test_installed_wheel.py --build-python .venv/bin/python

It builds the wheel from this source tree (the build compiles the translations), installs it
with ``pipx install`` as the README says (pipx makes a fresh virtual environment; here in a
temporary folder outside the tree, at the versions of constraints.txt), and runs
the installed ``briefwriter`` with a bare environment from a folder of its own: ``self-check
--window`` (data, translations, a render, the window offscreen), a render of an installed
example, and a brief in a newer file format refused.  Then it leaves work in the app's
folders — settings, a template pack of the person's own, a brand kit and a recovery copy —
reinstalls the wheel and upgrades to a newer build (``pipx install --force``), and checks
that all of it is still there and still read by the app.  Exit status 0 when everything
passed; each failure is printed.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_IN_A_CLONE = shutil.ignore_patterns(".venv", ".git", "__pycache__", "dist", "build", "out",
                                        ".*_cache", "*.egg-info", "demo-output")


class Failed(Exception):
    """One check did not pass."""


def run(command: list[str | Path], *, env: dict[str, str] | None = None, cwd: Path | None = None,
        expect: int | None = 0, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    shown = " ".join("SCRIPT" if "\n" in str(part) else str(part) for part in command)
    print(f"$ {shown}", flush=True)
    done = subprocess.run([str(part) for part in command], env=env, cwd=cwd, text=True,
                          capture_output=True, timeout=timeout, check=False)
    if expect is not None and done.returncode != expect:
        raise Failed(f"{shown} exited with {done.returncode} (expected {expect}):\n"
                     f"{done.stdout}{done.stderr}")
    return done


def build_wheel(build_python: str, source: Path, out: Path) -> Path:
    run([build_python, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, source])
    (wheel,) = out.glob("briefwriter-*.whl")
    return wheel


def newer_source(tmp: Path) -> tuple[Path, str]:
    """A copy of the tree whose version is one patch release higher."""
    source = tmp / "source-next"
    shutil.copytree(ROOT, source, ignore=NOT_IN_A_CLONE)
    init = source / "briefwriter" / "__init__.py"
    text = init.read_text(encoding="utf-8")
    match = re.search(r'__version__ = "(\d+)\.(\d+)\.(\d+)"', text)
    if not match:
        raise Failed(f"{init}: no __version__ = \"X.Y.Z\" to raise")
    major, minor, patch = (int(part) for part in match.groups())
    version = f"{major}.{minor}.{patch + 1}"
    init.write_text(text.replace(match.group(0), f'__version__ = "{version}"'), encoding="utf-8")
    return source, version


def bare_environment(home: Path) -> dict[str, str]:
    """What a desktop session gives a program, with every per-user folder in ``home``."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }


#: Leaves work in the app's own folders through the app's own code (run by the installed
#: Python): settings, a recovery copy of an unsaved brief, a brand kit.
LEAVE_WORK = textwrap.dedent("""
    import sys
    from pathlib import Path
    from briefwriter.core.brand import BrandKit, save_kit
    from briefwriter.core.model import Brief
    from briefwriter.gui.recovery import _recovery_payload, _write, recovery_dir
    from briefwriter.gui.settings import Settings

    settings = Settings()
    settings.ui_language = "fr"
    settings.add_recent_file(sys.argv[1])
    settings.show_getting_started = False
    brief = Brief(title="Unsaved work on detention")
    recovery_dir().mkdir(parents=True, exist_ok=True)
    _write(recovery_dir() / "survivor.json", _recovery_payload("survivor", brief, None))
    save_kit(BrandKit(name="Migrant Network", primary="#1f4e79"))
    print(settings.path)
""")

#: Reads the work back through the app (after an upgrade or a reinstall).
READ_WORK = textwrap.dedent("""
    from briefwriter import __version__
    from briefwriter.core.brand import load_kit
    from briefwriter.gui.recovery import find_orphans
    from briefwriter.gui.settings import Settings

    settings = Settings()
    kit = load_kit()
    orphans = find_orphans()
    print("version", __version__)
    print("language", settings.ui_language)
    print("recent", *settings.recent_files)
    print("kit", kit.kit.name if kit else None, kit.kit.primary if kit else None)
    print("recovery", *[orphan.title for orphan in orphans])
""")


def check_work_kept(python: Path, env: dict[str, str], cwd: Path, brief: Path,
                    version: str, user_pack: str) -> None:
    read = run([python, "-c", READ_WORK], env=env, cwd=cwd).stdout.splitlines()
    expected = [f"version {version}", "language fr", f"recent {brief}",
                "kit Migrant Network #1f4e79", "recovery Unsaved work on detention"]
    if read != expected:
        raise Failed(f"the work left before did not come back as it was: {read} != {expected}")
    listed = run([python.parent / "briefwriter", "templates", "list"], env=env, cwd=cwd).stdout
    if user_pack not in listed:
        raise Failed(f"the person's template pack {user_pack} is gone:\n{listed}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-python", default=str(ROOT / ".venv" / "bin" / "python"),
                        help="the Python with the build tools (the project's venv)")
    parser.add_argument("--python", default=getattr(sys, "_base_executable", sys.executable),
                        help="the Python pipx makes the app's environment with")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="briefwriter-install-test-"))
    try:
        check(args, tmp)
    except (Failed, subprocess.TimeoutExpired) as failure:
        print(f"\nFAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"(kept {tmp})")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print("\nThe installed wheel works, and keeps the person's work across an upgrade and a "
          "reinstall.")
    return 0


def check(args: argparse.Namespace, tmp: Path) -> None:
    wheel = build_wheel(args.build_python, ROOT, tmp / "dist")
    next_source, next_version = newer_source(tmp)
    next_wheel = build_wheel(args.build_python, next_source, tmp / "dist-next")
    shutil.rmtree(next_source)

    # pipx's own folders, and the Python it makes the app's environment with.
    pipx_env = {**os.environ, "PIPX_HOME": str(tmp / "pipx"), "PIPX_BIN_DIR": str(tmp / "bin"),
                "PIPX_MAN_DIR": str(tmp / "man"), "PIPX_DEFAULT_PYTHON": args.python}
    pipx = [args.build_python, "-m", "pipx", "install", "--pip-args",
            f"--quiet --constraint {ROOT / 'constraints.txt'}"]
    run([*pipx, wheel], env=pipx_env)
    venv = tmp / "pipx" / "venvs" / "briefwriter"
    python, program = venv / "bin" / "python", tmp / "bin" / "briefwriter"

    home, work = tmp / "home", tmp / "work"
    home.mkdir()
    work.mkdir()
    env = bare_environment(home)

    version = run([program, "--version"], env=env, cwd=work).stdout.strip()
    print(version)
    checked = run([program, "self-check", "--window"], env=env, cwd=work).stdout
    print(checked)
    site = run([python, "-c", "import briefwriter, pathlib; "
                "print(pathlib.Path(briefwriter.__file__).parent)"], env=env, cwd=work)
    installed = Path(site.stdout.strip())
    if venv not in installed.parents:
        raise Failed(f"briefwriter was imported from {installed}, not from the fresh venv")
    if f"from {installed} " not in checked or "Everything works." not in checked:
        raise Failed("self-check did not run the installed copy, or did not pass")

    example = installed / "examples" / "imrf-2026-migrant-network.brief.yaml"
    rendered = run([program, "render", example, "-o", work / "example.pdf"], env=env, cwd=work)
    if not re.search(r"\(\d+ pages\)", rendered.stdout) or \
            not (work / "example.pdf").read_bytes().startswith(b"%PDF-"):
        raise Failed(f"rendering the installed example wrote no PDF: {rendered.stdout}")

    future = work / "future.brief.yaml"
    future.write_text("schema_version: 99\ntitle: From a later version\n", encoding="utf-8")
    refused = run([program, "check", future], env=env, cwd=work, expect=1)
    if "saved by a newer version of BriefWriter" not in refused.stderr or \
            future.read_text(encoding="utf-8") != "schema_version: 99\ntitle: From a later " \
            "version\n":
        raise Failed(f"a brief in a newer file format was not refused as it should be: "
                     f"{refused.stderr}")

    # The person's own work, in the app's folders.
    user_pack = "our-position-paper"
    pack_folder = work / user_pack
    shutil.copytree(installed / "templates" / "position-paper", pack_folder)
    manifest = pack_folder / "template.yaml"
    manifest.write_text(re.sub(r"(?m)^name: .*$", f"name: {user_pack}",
                               manifest.read_text(encoding="utf-8")), encoding="utf-8")
    run([program, "templates", "pack", pack_folder, "-o", work / "ours.zip"], env=env, cwd=work)
    run([program, "templates", "install", work / "ours.zip"], env=env, cwd=work)
    run([python, "-c", LEAVE_WORK, example], env=env, cwd=work)
    check_work_kept(python, env, work, example, version.split()[-1], user_pack)

    run([*pipx, "--force", wheel], env=pipx_env)
    check_work_kept(python, env, work, example, version.split()[-1], user_pack)
    print("Reinstalled: the work is all there.")

    run([*pipx, "--force", next_wheel], env=pipx_env)
    check_work_kept(python, env, work, example, next_version, user_pack)
    print(f"Upgraded to {next_version}: the work is all there.")
    run([program, "self-check"], env=env, cwd=work)


if __name__ == "__main__":
    sys.exit(main())
