#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite on a throwaway
# HOME, inside a private D-Bus session with an unlocked gnome-keyring, so the
# keychain tests use the real Secret Service and never touch the user's.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
configure_and_build

THROWAWAY="$(mktemp -d /tmp/switchyard-tests.XXXXXX)"
trap 'rm -rf "$THROWAWAY"' EXIT
mkdir -p "$THROWAWAY/home" "$THROWAWAY/runtime"
chmod 700 "$THROWAWAY/runtime"

log "Running the tests (throwaway HOME: $THROWAWAY/home)"
env -i PATH="$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}" \
    HOME="$THROWAWAY/home" XDG_RUNTIME_DIR="$THROWAWAY/runtime" \
    XDG_DATA_HOME="$THROWAWAY/home/.local/share" XDG_CONFIG_HOME="$THROWAWAY/home/.config" \
    XDG_CACHE_HOME="$THROWAWAY/home/.cache" BUILD_DIR="$BUILD_DIR" JOBS="$JOBS" \
    dbus-run-session -- bash -c '
        set -euo pipefail
        eval "$(printf pass | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
        export SWITCHYARD_TEST_KEYRING=1 QT_QPA_PLATFORM=offscreen
        cd "$BUILD_DIR"
        ctest --output-on-failure --timeout 600 -j "$JOBS"
    '
