#!/usr/bin/env bash
# Builds a release binary and prints every benchmark figure as name<TAB>value<TAB>unit.
# The first run builds a 1,000,000-patient demo store (a few minutes) and keeps it for later runs.
#   scripts/bench.sh [search|store|startup]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --release
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec build-release/bin/ambulo bench "$@" --bench-dir "${AMBULO_BENCH_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/ambulo-bench}"
