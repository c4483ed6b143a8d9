#!/usr/bin/env bash
# Set up Yorisoi on Debian/Ubuntu and run it or its tests.
#
#   ./dev.sh run     installs what is missing, then opens the app on the default ledger
#   ./dev.sh test    installs what is missing (with the test tools), then runs every test
#
# Extra arguments go to the app (run) or to pytest (test). System packages are installed
# with apt-get when running as root (or through sudo); otherwise the script names them and
# stops. Python packages go into .venv at the exact versions of constraints.txt.
set -euo pipefail
cd "$(dirname "$0")"

mode=${1:-}
case "$mode" in
  run|test) shift ;;
  *) echo "usage: ./dev.sh run|test [arguments]" >&2; exit 2 ;;
esac

VENV=${YORISOI_VENV:-.venv}
say() { printf 'dev.sh: %s\n' "$*"; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

# Qt (PySide6 wheels) needs these shared libraries from the system. The offscreen platform
# used by the tests needs the first group; a real window (xcb) needs the second as well.
QT_BASE_PKGS=(libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0)
QT_XCB_PKGS=(libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
  libxcb-xkb1 libxkbcommon-x11-0)
PY_PKGS=(python3 python3-venv)
BUILD_PKGS=(binutils)  # the installer test (PyInstaller) reads binaries with objdump
# The test suite also runs every service test on PostgreSQL when its server binaries are
# installed; CI (or YORISOI_WITH_POSTGRES=1) installs them.
PG_PKGS=(postgresql)

installed() {  # a package counts if dpkg has it, or (t64 renames) its t64 variant
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed' ||
    dpkg-query -W -f='${Status}' "${1}t64" 2>/dev/null | grep -q 'install ok installed'
}

ensure_system_packages() {
  command -v dpkg-query >/dev/null || { say "not a Debian/Ubuntu system: install Python 3.11+ and Qt's libraries yourself"; return; }
  local wanted=("${PY_PKGS[@]}" "${QT_BASE_PKGS[@]}")
  [ "$mode" = run ] && wanted+=("${QT_XCB_PKGS[@]}")
  [ "$mode" = test ] && wanted+=("${BUILD_PKGS[@]}")
  if [ "$mode" = test ] && { [ "${CI:-}" = true ] || [ "${YORISOI_WITH_POSTGRES:-}" = 1 ]; }; then
    wanted+=("${PG_PKGS[@]}")
  fi
  local missing=()
  for p in "${wanted[@]}"; do installed "$p" || missing+=("$p"); done
  # a Python that is not Debian's (pyenv, a local build) brings its own venv module
  if python3 -c 'import venv, ensurepip' 2>/dev/null; then
    local keep=(); for p in "${missing[@]}"; do case "$p" in python3|python3-venv) ;; *) keep+=("$p") ;; esac; done
    missing=("${keep[@]+"${keep[@]}"}")
  fi
  [ ${#missing[@]} -eq 0 ] && return
  say "system packages missing: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "run as root, or install them first: sudo apt-get install ${missing[*]}"
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    die "apt-get could not install: ${missing[*]}"
  for p in "${missing[@]}"; do installed "$p" || die "still missing after apt-get: $p"; done
}

ensure_python() {
  command -v python3 >/dev/null || die "python3 not found: sudo apt-get install python3 python3-venv"
  python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' ||
    die "Python 3.11 or newer is needed (found $(python3 --version 2>&1))"
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    python3 -m venv "$VENV" || die "could not create a virtual environment: sudo apt-get install python3-venv"
  fi
  local extra=""; [ "$mode" = test ] && extra="[test]"
  local stamp="$VENV/.installed$extra"
  if [ ! -f "$stamp" ] || [ constraints.txt -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    say "installing Python packages (constraints.txt)"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -c constraints.txt -e ".$extra"
    touch "$stamp"
  fi
}

check_qt_libraries() {  # name any shared library Qt still cannot find, instead of a Qt crash
  local platform=$1 qtdir
  qtdir=$("$VENV/bin/python" -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt"))')
  command -v ldd >/dev/null || return 0
  local missing
  missing=$(ldd "$qtdir/plugins/platforms/libq$platform.so" "$qtdir/lib/libQt6Gui.so.6" 2>/dev/null | awk '/not found/ {print $1}' | sort -u | tr '\n' ' ')
  [ -z "$missing" ] || die "Qt cannot load these system libraries: $missing(see README: system packages)"
}

ensure_system_packages
ensure_python
"$VENV/bin/python" tools/translations.py release  # .ts sources → the .qm the program loads

start_test_postgres() {  # a throwaway server on loopback for this run, removed at exit
  if [ -n "${YORISOI_TEST_PG_URL:-}" ]; then say "PostgreSQL tests on $YORISOI_TEST_PG_URL"; return; fi
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    say "PostgreSQL is not installed: its tests are skipped (YORISOI_WITH_POSTGRES=1 ./dev.sh test installs it)"
    return
  fi
  export YORISOI_TEST_PG_STATE; YORISOI_TEST_PG_STATE=$(mktemp -d /tmp/yorisoi-pg.XXXXXX)
  trap 'tools/test-postgres.sh stop >/dev/null 2>&1 || true' EXIT
  eval "$(tools/test-postgres.sh start)" || die "could not start the test PostgreSQL server (see $YORISOI_TEST_PG_STATE)"
  say "PostgreSQL tests on a throwaway server: $YORISOI_TEST_PG_URL"
}

if [ "$mode" = test ]; then
  check_qt_libraries offscreen
  export QT_QPA_PLATFORM=offscreen
  "$VENV/bin/ruff" check app tests tools bench
  start_test_postgres
  "$VENV/bin/python" -m pytest "$@"
else
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    die "no display: run this on the desktop (or set QT_QPA_PLATFORM)"
  fi
  check_qt_libraries "${QT_QPA_PLATFORM:-xcb}"
  exec "$VENV/bin/yorisoi" "$@"
fi
