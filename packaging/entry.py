"""The bundle's program: the command line and the app, or a render worker.

PyInstaller freezes this script (packaging/briefwriter*.spec) into the one executable of the
bundle.  A frozen program cannot take ``python -m briefwriter.render.worker``, so
render/launch.py starts workers as ``briefwriter --render-worker [options]`` in a frozen
BriefWriter, and this script sends that to the worker before anything else is imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

from briefwriter.render.launch import FROZEN_WORKER_ARGUMENT


def give_back_environment(environ: MutableMapping[str, str], bundle: str) -> None:
    """Give the programs this process starts the environment the person had.

    On Linux the bundle's loader puts the bundle's own folder first in ``LD_LIBRARY_PATH``
    (keeping the person's in ``LD_LIBRARY_PATH_ORIG``) and starts this process with it, and
    PyInstaller's Qt hook points ``QT_PLUGIN_PATH`` and ``QML2_IMPORT_PATH`` into the bundle.
    The dynamic linker reads its variable once, when a process starts, and Qt finds its
    plugins through the prefix PySide6 registers, so this process keeps using the bundle's
    libraries and plugins; but a system program it starts (``fc-list`` for the font check,
    the PDF viewer or file manager Qt opens, the compiler cffi asks about library names)
    would otherwise load the bundle's GLib, fontconfig or Qt plugins instead of its own.  The
    render workers are the bundle's program again, whose loader sets the variable anew.
    """
    original = environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original:
        environ["LD_LIBRARY_PATH"] = original
    else:
        environ.pop("LD_LIBRARY_PATH", None)
    for name in ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH"):
        if environ.get(name, "").startswith(bundle):
            del environ[name]


if __name__ == "__main__":
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        give_back_environment(os.environ, sys._MEIPASS)
    if sys.argv[1:2] == [FROZEN_WORKER_ARGUMENT]:
        from briefwriter.render.worker import run

        run(sys.argv[2:])

    from briefwriter.cli import main

    sys.exit(main())
