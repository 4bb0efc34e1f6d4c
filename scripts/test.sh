#!/usr/bin/env bash
# Installs what is missing, builds with tests, and runs the whole suite against the real parts:
# SQLCipher files, a real keychain (gnome-keyring in a private D-Bus session), the real binary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --tests

# A private, throwaway keyring so tests never touch the developer's own.
sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
export XDG_DATA_HOME="$sandbox/data" XDG_CONFIG_HOME="$sandbox/config" XDG_CACHE_HOME="$sandbox/cache"
export XDG_RUNTIME_DIR="$sandbox/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen

jobs=$(nproc 2>/dev/null || echo 2)
dbus-run-session -- sh -c '
    echo -n ambulo-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    cd build && ctest --output-on-failure --timeout 600 -j '"$jobs"' "$@"' sh "$@"
