#!/usr/bin/env bash
# Installs what is missing, builds, creates a demo practice on first run and opens Ambulo on it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

ambulo=build/bin/ambulo
data="${AMBULO_DEMO_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/ambulo-demo}"
keyfile="${XDG_CONFIG_HOME:-$HOME/.config}/ambulo-demo/store.key"
patients="${AMBULO_DEMO_PATIENTS:-2000}"

key_args=()
[ -f "$keyfile" ] && key_args=(--key-file "$keyfile")
if [ ! -f "$data/ambulo.db" ]; then
    # The key goes to the desktop's keychain; without a secret service (a bare server, a
    # container) the demo falls back to a 0600 key file, which real stores should not do.
    if ! "$ambulo" --data "$data" demo --patients "$patients" 2>/tmp/ambulo-demo.err; then
        if grep -q "keychain" /tmp/ambulo-demo.err; then
            echo "demo: no OS keychain here; keeping the demo key in $keyfile instead"
            mkdir -p "$(dirname "$keyfile")"
            rm -rf "$data"
            key_args=(--key-file "$keyfile")
            "$ambulo" --data "$data" "${key_args[@]}" demo --patients "$patients"
        else
            cat /tmp/ambulo-demo.err >&2
            exit 1
        fi
    fi
else
    echo "demo: using the demo practice in $data (delete it to start over)."
    echo "demo: users admin/demo-admin-1, frontdesk/demo-front-1, drmoreno/demo-doctor-1, biller/demo-biller-1"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "demo: no display to open the window on; run this from a desktop session" >&2
    echo "demo: (or try: xvfb-run -a scripts/demo.sh for a headless smoke run)" >&2
    exit 1
fi
exec "$ambulo" --data "$data" "${key_args[@]}" --user admin
