#!/usr/bin/env bash
# The kill loop of tests/cli/test_durability.cpp at length: RUNS (default 100) processes,
# `switchyard ask` and the window in turn, each killed with SIGKILL at a random moment
# of a slow stream. After each kill the next start must find PRAGMA integrity_check ok,
# one ledger row per request the server saw, rollups that agree with the ledger and any
# partial answer a clean prefix. CI runs the same test with 26.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/common.sh"
install_missing_packages
configure_and_build
RUNS="${RUNS:-100}"
WORK="$(mktemp -d /tmp/switchyard-durability.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/runtime" && chmod 700 "$WORK/runtime"
env HOME="$WORK" XDG_RUNTIME_DIR="$WORK/runtime" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" \
    SWITCHYARD_DURABILITY_RUNS="$RUNS" QT_QPA_PLATFORM=offscreen \
    dbus-run-session -- "$BUILD_DIR/tests/test_durability" -maxwarnings 0 2>&1 | grep -E 'QINFO|FAIL|Totals'
