"""The architecture rules, executed: core/render never load Qt, the GUI never loads WeasyPrint."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=120, check=False)


def test_core_and_render_import_no_qt():
    result = _run("""
        import importlib, pkgutil, sys
        import briefwriter.core, briefwriter.render
        names = []
        for pkg in (briefwriter.core, briefwriter.render):
            for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
                importlib.import_module(info.name)
                names.append(info.name)
        assert "briefwriter.render.pdf" in names and "briefwriter.core.gcm" in names, names
        qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
        print("QT:", qt)
    """)
    assert result.returncode == 0, result.stderr
    assert "QT: []" in result.stdout


def test_gui_imports_no_weasyprint():
    result = _run("""
        import importlib, os, pkgutil, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        import briefwriter.gui
        count = 0
        for info in pkgutil.walk_packages(briefwriter.gui.__path__, "briefwriter.gui."):
            importlib.import_module(info.name)
            count += 1
        assert count > 10, count
        print("WEASYPRINT:", "weasyprint" in sys.modules)
    """)
    assert result.returncode == 0, result.stderr
    assert "WEASYPRINT: False" in result.stdout


@pytest.mark.parametrize("argv", [["gcm", "show", "13"], ["templates", "list"]])
def test_command_line_does_not_load_qt(argv):
    result = _run(f"""
        import sys
        from briefwriter.cli import main
        code = main({argv!r})
        print("EXIT:", code, "QT:", any(m.startswith("PySide6") for m in sys.modules))
    """)
    assert result.returncode == 0, result.stderr
    assert "EXIT: 0 QT: False" in result.stdout
