"""WeasyPrint in the Linux bundle: its data files (the user-agent stylesheets), and the native
libraries it opens with cffi, which PyInstaller's analysis follows to what they link to.

It takes the place of the contributed hook, which looks the libraries up with
``ctypes.util.find_library("libfontconfig")``: on Python 3.11 that raises when the
compiler finds no such file, and the hook then collects none of them.
"""

import bundle_common  # on sys.path: the spec put its own folder there
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("weasyprint")
binaries = bundle_common.weasyprint_libraries()
