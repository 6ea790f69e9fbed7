#!/bin/sh
# Install the system libraries BriefWriter needs (Debian/Ubuntu), only those that are missing.
# WeasyPrint needs Pango, HarfBuzz and fontconfig; the Qt wheels need GL/EGL, xkbcommon and the
# xcb libraries for a real display.  Papers in Chinese need a Simplified Chinese font: Noto Sans
# and Serif CJK SC (fonts-noto-cjk, regular and bold), which the font lists name after the
# bundled fonts; fc-list (fontconfig) lets the Review check see which characters the installed
# fonts can print.  `briefwriter install-desktop` refreshes the desktop's file types and list
# of applications with update-mime-database (shared-mime-info) and update-desktop-database
# (desktop-file-utils, which also brings desktop-file-validate for the tests).  Also:
# python3-venv, and poppler-utils (pdftoppm and pdftotext: the tests look at rendered pages as
# images and text); for the screenshot script xvfb (optional: pass --extras).
set -eu

need=""
add() { need="$need $1"; }
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }

for pair in \
    libpango-1.0.so.0:libpango-1.0-0 libpangoft2-1.0.so.0:libpangoft2-1.0-0 \
    libharfbuzz.so.0:libharfbuzz0b libharfbuzz-subset.so.0:libharfbuzz-subset0 \
    libfontconfig.so.1:libfontconfig1 libfreetype.so.6:libfreetype6 \
    libglib-2.0.so.0:libglib2.0-0 libdbus-1.so.3:libdbus-1-3 \
    libGL.so.1:libgl1 libEGL.so.1:libegl1 \
    libxkbcommon.so.0:libxkbcommon0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
    libX11-xcb.so.1:libx11-xcb1 libxcb-cursor.so.0:libxcb-cursor0 \
    libxcb-icccm.so.4:libxcb-icccm4 libxcb-image.so.0:libxcb-image0 \
    libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-randr.so.0:libxcb-randr0 \
    libxcb-render-util.so.0:libxcb-render-util0 libxcb-shape.so.0:libxcb-shape0 \
    libxcb-xkb.so.1:libxcb-xkb1 libxcb-xfixes.so.0:libxcb-xfixes0 libzstd.so.1:libzstd1
do
    have_lib "${pair%%:*}" || add "${pair#*:}"
done

command -v fc-list >/dev/null 2>&1 || add fontconfig
command -v update-mime-database >/dev/null 2>&1 || add shared-mime-info
command -v update-desktop-database >/dev/null 2>&1 || add desktop-file-utils
# fc-list -q exits 1 when no installed font matches (and fails when fc-list itself is missing).
for family in "Noto Sans CJK SC" "Noto Serif CJK SC"; do
    fc-list -q ":family=$family:weight=bold" 2>/dev/null || { add fonts-noto-cjk; break; }
done

PY=${PYTHON:-python3}
"$PY" -c "import ensurepip, venv" 2>/dev/null || add python3-venv

command -v pdftoppm >/dev/null 2>&1 || add poppler-utils
if [ "${1:-}" = "--extras" ]; then
    command -v xvfb-run >/dev/null 2>&1 || add "xvfb xauth"
fi

[ -z "$need" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "BriefWriter needs these system packages (or their equivalents):$need" >&2
    echo "This is not a Debian/Ubuntu system: please install them with your package manager." >&2
    exit 1
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing system packages:$need"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need
