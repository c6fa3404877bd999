#!/usr/bin/env bash
# Install what the tests need and run them all:
#
#     bash packaging/test.sh [pytest arguments...]
#
# 1. System packages (Debian): D-Bus, gnome-keyring, poppler-utils, Xvfb and the libraries Qt needs.
#    Installed with apt-get when we are root; otherwise the missing ones are listed and the tests
#    that need them skip (or fail, when CI=true).
# 2. A virtual environment in .venv (reused when present) with `pip install -e '.[test]'`.
# 3. Static checks: ruff check, ruff format --check, mypy (desktop_app/core), lint-imports.
# 4. pytest, inside a private D-Bus session with a throwaway, unlocked gnome-keyring as the
#    Secret Service, so tests marked `secret_service` use a real keyring and never the user's own.
#
# Every step runs even when an earlier check failed; the script exits non-zero if anything failed,
# including pytest collecting no test at all (exit code 5).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

section() { printf '\n==> %s\n' "$*"; }
warn() { printf 'test.sh: %s\n' "$*" >&2; }

is_root_with_apt() { [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; }

# First Debian package name (of alternatives given) that apt can install on this release.
apt_pick() {
    local name policy
    for name in "$@"; do
        policy=$(apt-cache policy "$name" 2>/dev/null || true)
        if [[ $policy =~ Candidate:\ [^\(] ]]; then
            printf '%s\n' "$name"
            return 0
        fi
    done
    warn "no Debian package among: $*"
    return 1
}

# --- 1. System packages -------------------------------------------------------------------------
section "System packages"

REQUIRED_COMMANDS=(dbus-run-session dbus-send gnome-keyring-daemon pdftoppm Xvfb xauth)
# Qt's offscreen platform needs the first seven; the xcb ones let the GUI run under Xvfb
# (Qt >= 6.5 refuses to load its xcb plugin without libxcb-cursor).
REQUIRED_LIBS=(libEGL.so.1 libGL.so.1 libxkbcommon.so.0 libxkbcommon-x11.so.0 libfontconfig.so.1
    libdbus-1.so.3 libglib-2.0.so.0 libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1)
# Each entry: Debian package names, newest release's name first, separated by '|'.
DEBIAN_PACKAGES=(gnome-keyring 'dbus-daemon|dbus' xvfb xauth poppler-utils
    libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 'libdbus-1-3t64|libdbus-1-3'
    'libglib2.0-0t64|libglib2.0-0' libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1)

find_missing() {
    missing=()
    local cmd lib ldconfig known_libs
    for cmd in "${REQUIRED_COMMANDS[@]}"; do
        command -v "$cmd" >/dev/null || missing+=("$cmd")
    done
    ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
    known_libs=$("$ldconfig" -p 2>/dev/null | awk '{print $1}' || true)
    for lib in "${REQUIRED_LIBS[@]}"; do
        grep -qxF "$lib" <<<"$known_libs" || missing+=("$lib")
    done
}

find_missing
if ((${#missing[@]} == 0)); then
    echo "all present"
elif is_root_with_apt; then
    echo "missing: ${missing[*]}; installing with apt-get"
    apt-get update -q
    packages=()
    for entry in "${DEBIAN_PACKAGES[@]}"; do
        IFS='|' read -r -a alternatives <<<"$entry"
        packages+=("$(apt_pick "${alternatives[@]}")")
    done
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${packages[@]}"
    find_missing
    if ((${#missing[@]})); then
        warn "still missing after apt-get install: ${missing[*]}"
    fi
else
    warn "missing: ${missing[*]}"
    warn "as root: apt-get install --no-install-recommends ${DEBIAN_PACKAGES[*]}"
    warn "(where a name reads a|b, take whichever your Debian release has)"
    warn "continuing: tests that need them will skip (or fail when CI=true)"
fi

# --- 2. Python environment ----------------------------------------------------------------------
section "Python environment (.venv)"

PYTHON=${PYTHON:-python3}
python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }
if ! python_ok "$PYTHON"; then
    warn "Registre needs Python 3.11 or newer; '$PYTHON' is $("$PYTHON" --version 2>&1 || echo absent)"
    exit 1
fi
if ! python_ok .venv/bin/python; then
    # Debian's python3 lacks ensurepip until python3-venv is installed.
    if ! "$PYTHON" -c 'import ensurepip' 2>/dev/null && is_root_with_apt; then
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3-venv
    fi
    rm -rf .venv
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
export VIRTUAL_ENV="$ROOT/.venv"
export PATH="$VIRTUAL_ENV/bin:$PATH"
python --version

# --- 3. Static checks ---------------------------------------------------------------------------
failed=()
check() {
    local name=$1
    shift
    section "$name"
    if "$@"; then
        echo "$name: ok"
    else
        failed+=("$name")
    fi
}
check "ruff check" ruff check .
check "ruff format --check" ruff format --check .
check "mypy" mypy
check "lint-imports" lint-imports

# --- 4. pytest in a private D-Bus session with a throwaway gnome-keyring ------------------------
section "pytest"

# The keyring daemon and the tests get their own HOME and XDG folders: the keyring files
# (login.keyring), Qt's runtime folder and anything the app writes under the user data
# folder land there, never in the real user's.
SANDBOX=$(mktemp -d "${TMPDIR:-/tmp}/registre-tests.XXXXXX")
trap 'rm -rf "$SANDBOX" 2>/dev/null || true' EXIT
mkdir -p "$SANDBOX"/{home,data,config,cache,runtime}
chmod 700 "$SANDBOX"/runtime # Qt and gnome-keyring refuse a runtime folder others can read

# shellcheck disable=SC2016 # expanded by the inner bash
INNER='
set -euo pipefail
if command -v gnome-keyring-daemon >/dev/null; then
    # --unlock reads a password on stdin, creates the "login" collection with it (the
    # "default" alias), and unlocks it, so no prompt ever shows. --daemonize returns once
    # it has forked; it prints NAME=VALUE lines for the components that need them (none for
    # "secrets" alone, on gnome-keyring 42), which we export in case a version does.
    daemon_env=$(printf %s registre-throwaway-keyring |
        gnome-keyring-daemon --daemonize --unlock --components=secrets)
    while IFS= read -r line; do
        if [[ $line == [A-Z]*=* ]]; then export "${line?}"; fi
    done <<<"$daemon_env"
    # The daemon claims org.freedesktop.secrets on the bus a moment after it returns: wait
    # for that (up to 10 s), or D-Bus would activate a second daemon for the first client.
    for _ in $(seq 100); do
        owner=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null) || break
        if [[ $owner == *"boolean true"* ]]; then break; fi
        sleep 0.1
    done
    # tests/conftest.py only writes to a Secret Service it is told is disposable.
    export REGISTRE_TEST_KEYRING=throwaway
else
    echo "test.sh: no gnome-keyring-daemon: secret_service tests will skip (fail when CI=true)" >&2
fi
exec python -m pytest "$@"
'

pytest_env=(
    HOME="$SANDBOX/home"
    XDG_DATA_HOME="$SANDBOX/data"
    XDG_CONFIG_HOME="$SANDBOX/config"
    XDG_CACHE_HOME="$SANDBOX/cache"
    XDG_RUNTIME_DIR="$SANDBOX/runtime"
    QT_QPA_PLATFORM=offscreen
)
pytest_rc=0
if command -v dbus-run-session >/dev/null; then
    # dbus-daemon may print "Failed to set fd limit" when not allowed to raise it: harmless.
    env "${pytest_env[@]}" dbus-run-session -- bash -c "$INNER" pytest "$@" || pytest_rc=$?
else
    warn "no dbus-run-session: running pytest without a Secret Service"
    env "${pytest_env[@]}" python -m pytest "$@" || pytest_rc=$?
fi

case $pytest_rc in
0) ;;
5) failed+=("pytest (no test was collected)") ;;
*) failed+=("pytest (exit code $pytest_rc)") ;;
esac

if ((${#failed[@]})); then
    printf '\ntest.sh: FAILED:' >&2
    printf ' [%s]' "${failed[@]}" >&2
    printf '\n' >&2
    exit 1
fi
