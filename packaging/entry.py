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


def restore_library_path(environ: MutableMapping[str, str]) -> None:
    """Give the programs this process starts the library path the person had.

    On Linux the bundle's loader puts the bundle's own folder first in ``LD_LIBRARY_PATH``
    (keeping the person's in ``LD_LIBRARY_PATH_ORIG``) and starts this process with it.  The
    dynamic linker reads that variable once, when a process starts, so this process keeps
    finding the bundle's libraries; but a system program it starts (``fc-list`` for the font
    check, the file manager or PDF viewer Qt opens, the compiler cffi asks about library
    names) would otherwise load the bundle's older or newer GLib and fontconfig instead of
    its own.  The render workers are the bundle's program again, whose loader sets the
    variable anew.
    """
    original = environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original:
        environ["LD_LIBRARY_PATH"] = original
    else:
        environ.pop("LD_LIBRARY_PATH", None)


if __name__ == "__main__":
    if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
        restore_library_path(os.environ)
    if sys.argv[1:2] == [FROZEN_WORKER_ARGUMENT]:
        from briefwriter.render.worker import run

        run(sys.argv[2:])

    from briefwriter.cli import main

    sys.exit(main())
