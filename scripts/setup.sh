#!/usr/bin/env bash
# Installs what Ambulo needs from Debian 12 (only what is missing) and builds it.
#   scripts/setup.sh [--tests] [--release]
# --tests also installs what the test suite needs; --release builds for benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
build_type=RelWithDebInfo
build_dir=build
for arg in "$@"; do
    case "$arg" in
        --tests) want_tests=1 ;;
        --release) build_type=Release; build_dir=build-release ;;
        *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

# qt6-charts-dev's CMake package needs Qt6OpenGL's, which only libqt6opengl6-dev installs.
packages=(cmake g++ make pkg-config qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev
          qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite qtkeychain-qt6-dev
          libsqlcipher-dev libssl-dev libgl-dev fonts-dejavu-core gnome-keyring dbus-x11)
if [ "$want_tests" = 1 ]; then
    packages+=(xvfb xauth python3-hl7 openssl clang libclang-rt-14-dev)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    sudo=""
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 1; }
        sudo=sudo
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$want_tests" = 1 ]; then
    # The independent peers the integration tests talk to (tests/peers/package.json, pinned by its
    # lockfile). @medplum 4.5 needs Node 20.19 or newer; Debian 12's own nodejs is 18.
    node_ok=0
    if command -v node >/dev/null && command -v npm >/dev/null; then
        node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a==20&&b>=19)?0:1)' && node_ok=1
    fi
    if [ "$node_ok" != 1 ]; then
        echo "setup: the tests need Node.js 20.19 or newer with npm on PATH (found: $(node --version 2>/dev/null || echo none))." >&2
        echo "setup: Debian 12's nodejs package is 18, too old for @medplum 4.5; install Node 20 (e.g. NodeSource) first." >&2
        exit 1
    fi
    if ! cmp -s tests/peers/package-lock.json tests/peers/node_modules/.ambulo-installed; then
        echo "setup: installing the test peers (npm ci in tests/peers)"
        npm ci --prefix tests/peers --no-audit --no-fund --loglevel=error >/dev/null
        cp tests/peers/package-lock.json tests/peers/node_modules/.ambulo-installed
    fi
fi

jobs=$(nproc 2>/dev/null || echo 2)
testing=OFF
fuzz=OFF
if [ "$want_tests" = 1 ]; then
    testing=ON
    # The HL7 fuzz test needs clang's libFuzzer; without clang++ the suite runs without it.
    if command -v clang++ >/dev/null; then
        fuzz=ON
    else
        echo "setup: no clang++, so the HL7 fuzz test (fuzz.hl7_parse) is not built; apt-get install clang adds it"
    fi
fi
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE="$build_type" -DBUILD_TESTING="$testing" \
    -DAMBULO_FUZZ="$fuzz" >/dev/null
cmake --build "$build_dir" -j "$jobs"
echo "setup: built $build_dir/bin/ambulo"
