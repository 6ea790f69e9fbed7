"""What every platform's bundle holds, shared by the PyInstaller specs in this folder.

The specs (briefwriter.spec for Linux, briefwriter-windows.spec, briefwriter-macos.spec) add
what their platform needs; the program, the data and the Qt parts left out are decided here
once.  PyInstaller runs a spec with the folder of the spec as ``SPECPATH``; a spec puts this
folder on ``sys.path`` and imports this module.
"""

from __future__ import annotations

import re
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
#: the script frozen into the executable (the command line, the app and the render worker)
ENTRY = str(PACKAGING / "entry.py")
NAME = "briefwriter"


def version() -> str:
    """The version in briefwriter/__init__.py (read, not imported: the spec runs in the
    build's interpreter, which may not have the package's dependencies loaded)."""
    text = (ROOT / "briefwriter" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("briefwriter/__init__.py names no __version__")
    return found.group(1)


def data_files() -> list[tuple[str, str]]:
    """The bundled data, where briefwriter/paths.py looks first: beside the package, as in
    the wheel.  In a frozen app the package's folder is ``sys._MEIPASS/briefwriter``.

    The interface translations must be compiled first (``make translations``: the bundle
    target depends on it); their ``.ts`` sources stay out.
    """
    qm = sorted((ROOT / "resources" / "i18n").glob("*.qm"))
    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    if len(qm) != len(sources):
        raise SystemExit("resources/i18n: compile the translations first (make translations)")
    files: list[tuple[str, str]] = []
    for folder in ("templates", "resources", "examples"):
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file() or path.suffix in {".ts", ".pyc"} \
                    or "__pycache__" in path.parts:
                continue
            target = Path("briefwriter", folder, path.parent.relative_to(ROOT / folder))
            files.append((str(path), target.as_posix()))
    return files


#: Modules the analysis cannot see: the GUI makes its step pages and window parts from
#: tables of module names (gui/steps/table.py, gui/startup.py).  The spec adds every
#: submodule of briefwriter with PyInstaller's collect_submodules.
HIDDEN_PACKAGES = ("briefwriter",)

#: Never in the bundle: the test and build tools of the venv the bundle is made from, and
#: Python's Tk, which nothing uses.
EXCLUDED_MODULES = [
    "tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "mypy", "ruff", "pikepdf",
    "psutil", "build", "hatchling", "pipx", "importlinter", "grimp", "IPython",
    # Qt modules the app never imports (it uses QtCore, QtGui, QtWidgets, QtPdf,
    # QtPdfWidgets; the SVG image plugin brings QtSvg's library by itself).
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel", "PySide6.QtWebSockets",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput", "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation", "PySide6.Qt3DExtras", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets",
    "PySide6.QtLocation", "PySide6.QtPositioning", "PySide6.QtSensors",
    "PySide6.QtBluetooth", "PySide6.QtNfc", "PySide6.QtSerialPort", "PySide6.QtSerialBus",
    "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtTextToSpeech", "PySide6.QtRemoteObjects",
    "PySide6.QtScxml", "PySide6.QtStateMachine", "PySide6.QtHttpServer",
    "PySide6.QtNetworkAuth", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtPrintSupport", "PySide6.QtConcurrent", "PySide6.QtAxContainer",
]

#: Qt plugins the bundle leaves out, by their path under Qt's plugin folder (a name ending in
#: "/" is a whole type).  PyInstaller collects every plugin of a type it needs; these are for
#: devices rather than desktops (EGL, framebuffer, VNC, evdev input), for networking the app
#: does not do (TLS, network information), or bring large libraries of their own: the virtual
#: keyboard brings QtQml and QtQuick, and the GTK theme loads the desktop's GTK 3, which
#: would meet the bundle's own (older or newer) GLib, Pango and HarfBuzz.  Qt then uses its own
#: file dialogs, or the desktop portal's (the xdgdesktopportal theme, kept).
QT_UNUSED_PLUGINS = (
    "platforms/libqeglfs", "platforms/libqlinuxfb", "platforms/libqminimal.",
    "platforms/libqminimalegl", "platforms/libqvkkhrdisplay", "platforms/libqvnc",
    "egldeviceintegrations/", "generic/", "platforminputcontexts/libqtvirtualkeyboardplugin",
    "platformthemes/libqgtk3", "tls/", "networkinformation/",
)


def leave_out_unused_qt_plugins() -> None:
    """Make PyInstaller's Qt hooks skip ``QT_UNUSED_PLUGINS``.

    Done before the analysis, not by removing files afterwards, so that the libraries only
    those plugins need (QtQuick, QtQml, GTK's) are not collected either.  PyInstaller has no
    option for it: this wraps its ``QtLibraryInfo.collect_plugins`` (PyInstaller 6, pinned in
    constraints.txt; the bundle test checks the result).
    """
    from PyInstaller.utils.hooks import qt

    if getattr(qt.QtLibraryInfo.collect_plugins, "briefwriter_filter", False):
        return
    collect = qt.QtLibraryInfo.collect_plugins

    def collect_plugins(self: object, plugin_type: str) -> list[tuple[str, str]]:
        kept = []
        for source, target in collect(self, plugin_type):
            where = f"{plugin_type}/{Path(source).name}"
            if not any(where.startswith(unused) for unused in QT_UNUSED_PLUGINS):
                kept.append((source, target))
        return kept

    collect_plugins.briefwriter_filter = True  # type: ignore[attr-defined]
    qt.QtLibraryInfo.collect_plugins = collect_plugins  # type: ignore[method-assign]


#: The native libraries WeasyPrint opens with cffi (weasyprint/text/ffi.py), by soname; the
#: bundle carries them with everything they link to, so that they match the GLib, FreeType
#: and fontconfig the bundle carries for Qt anyway.  (The contributed WeasyPrint hook looks
#: for them with ctypes.util.find_library("libfontconfig"), which raises on Python 3.11
#: where the compiler finds no such file, and then collects nothing.)
WEASYPRINT_LIBRARIES = (
    "libgobject-2.0.so.0", "libpango-1.0.so.0", "libpangoft2-1.0.so.0", "libharfbuzz.so.0",
    "libharfbuzz-subset.so.0", "libfontconfig.so.1",
)


def weasyprint_libraries() -> list[tuple[str, str]]:
    """``(path, ".")`` for each of ``WEASYPRINT_LIBRARIES`` found on the build machine; a
    missing one stops the build, naming the system package to install."""
    from PyInstaller.depend.bindepend import resolve_library_path

    found, missing = [], []
    for soname in WEASYPRINT_LIBRARIES:
        path = resolve_library_path(soname)
        (found if path else missing).append((path, ".") if path else soname)
    if missing:
        raise SystemExit(f"WeasyPrint's libraries are missing on this machine: "
                         f"{', '.join(missing)} (scripts/system-deps.sh installs them)")
    return found


#: Qt's own translations (qtbase_*.qm) for the interface languages the app offers; PyInstaller
#: collects every language's otherwise.
QT_TRANSLATION_LANGUAGES = ("ar", "es", "fr", "ru", "zh_CN")


def keep_qt_translation(target: str) -> bool:
    """Whether a collected file (its path in the bundle) is to be kept: any file but a Qt
    translation of a language the interface does not offer."""
    parts = Path(target).parts
    if "translations" not in parts or not target.endswith(".qm") or "PySide6" not in parts:
        return True
    stem = Path(target).stem  # qtbase_fr
    return any(stem.endswith(f"_{code}") for code in QT_TRANSLATION_LANGUAGES)
