# Shared by scripts/run.sh and scripts/test.sh: install what is missing, configure, build.
# Sourced, not run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
JOBS="${JOBS:-2}"

# The verified Debian 12 package set (Qt Charts needs libqt6opengl6-dev to configure;
# libsource-highlight-dev highlights code blocks in chat answers; librsvg2-bin renders the
# package's icons, and the rest builds and checks the .deb: scripts/package-check.sh).
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-qpa-plugins
    libqt6sql6-sqlite libgl-dev
    xvfb xauth gnome-keyring dbus dbus-x11 libsecret-tools
    clang libclang-rt-14-dev
    libsource-highlight-dev
    librsvg2-bin file dpkg-dev lintian desktop-file-utils appstream groff-base
)

log() { printf '==> %s\n' "$*" >&2; }

install_missing_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    log "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# SKIP_BUILD=1 uses BUILD_DIR as it is: no configure, no build (e.g. a build another
# worktree keeps up to date, which must not be reconfigured from here).
configure_and_build() {
    if [ "${SKIP_BUILD:-0}" = 1 ]; then
        [ -d "$BUILD_DIR" ] || { echo "SKIP_BUILD=1 but BUILD_DIR=$BUILD_DIR does not exist" >&2; exit 1; }
        log "SKIP_BUILD=1: using $BUILD_DIR as it is"
        return 0
    fi
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    log "Configuring in $BUILD_DIR"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSWITCHYARD_WERROR="$werror" >/dev/null
    log "Building with $JOBS jobs"
    cmake --build "$BUILD_DIR" -j "$JOBS"
}
