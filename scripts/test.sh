#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite on a throwaway
# HOME, inside a private D-Bus session with an unlocked gnome-keyring, so the
# keychain tests use the real Secret Service and never touch the user's.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
install_missing_packages
configure_and_build

THROWAWAY="$(mktemp -d /tmp/switchyard-tests.XXXXXX)"
trap 'rm -rf "$THROWAWAY"' EXIT

# run_suite BUILD_DIR LABEL [VAR=VALUE...]: every test of that build on a fresh throwaway
# HOME, inside a private D-Bus session with an unlocked gnome-keyring.
run_suite() {
    local dir="$1" label="$2"
    shift 2
    local home="$THROWAWAY/$label"
    mkdir -p "$home/home" "$home/runtime"
    chmod 700 "$home/runtime"
    log "Running the tests, $label (throwaway HOME: $home/home)"
    env -i PATH="$PATH" LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM="${TERM:-dumb}" CI="${CI:-}" \
        HOME="$home/home" XDG_RUNTIME_DIR="$home/runtime" \
        XDG_DATA_HOME="$home/home/.local/share" XDG_CONFIG_HOME="$home/home/.config" \
        XDG_CACHE_HOME="$home/home/.cache" BUILD_DIR="$dir" JOBS="$JOBS" "$@" \
        dbus-run-session -- bash -c '
            set -euo pipefail
            eval "$(printf pass | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
            export SWITCHYARD_TEST_KEYRING=1 QT_QPA_PLATFORM=offscreen
            cd "$BUILD_DIR"
            ctest --output-on-failure --timeout 600 -j "$JOBS"
        '
}

run_suite "$BUILD_DIR" plain

# The packages: built, checked (lintian, desktop-file-validate, appstreamcli), installed, run
# (--version, ask against the mock, the window's first paint) and removed again.
# PACKAGE_CHECK=0 skips it for a quick local loop.
if [ "${PACKAGE_CHECK:-1}" != 0 ]; then
    SKIP_BUILD=1 BUILD_DIR="$BUILD_DIR" JOBS="$JOBS" "$ROOT/scripts/package-check.sh"
fi

# The whole suite again, built with AddressSanitizer and UBSan: a memory error or undefined
# behaviour anywhere a test reaches fails the run. SANITIZE=0 skips it for a quick local loop.
if [ "${SANITIZE:-1}" != 0 ]; then
    log "Building with AddressSanitizer and UBSan in $BUILD_DIR-asan"
    werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    cmake -S "$ROOT" -B "$BUILD_DIR-asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSWITCHYARD_ASAN=ON \
        -DSWITCHYARD_BENCH=OFF -DSWITCHYARD_WERROR="$werror" >/dev/null
    cmake --build "$BUILD_DIR-asan" -j "$JOBS"
    # Leak reports are off: Qt, D-Bus and fontconfig keep process-lifetime caches by design.
    run_suite "$BUILD_DIR-asan" sanitizers \
        ASAN_OPTIONS=detect_leaks=0:halt_on_error=1:detect_stack_use_after_return=1 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
fi

# Parsers of untrusted bytes, fuzzed for a bounded time with clang's libFuzzer,
# AddressSanitizer and UBSan, seeded with the recorded transcripts.
# A fixed seed keeps CI repeatable; set FUZZ_SEED=0 for a random one when hunting.
FUZZ_SECONDS="${FUZZ_SECONDS:-30}"
FUZZ_SEED="${FUZZ_SEED:-1}"
if [ "$FUZZ_SECONDS" -gt 0 ]; then
    log "Building the fuzz targets with clang"
    CC=clang CXX=clang++ cmake -S "$ROOT/fuzz" -B "$BUILD_DIR-fuzz" -G Ninja >/dev/null
    cmake --build "$BUILD_DIR-fuzz" -j "$JOBS"
    mkdir -p "$THROWAWAY/corpus" "$THROWAWAY/artifacts"
    # Seeds: every transcript, prefixed with the byte that picks its protocol.
    for f in "$ROOT"/tests/fixtures/*.sse "$ROOT"/tests/fixtures/*.ndjson; do
        case "$(basename "$f")" in
            anthropic-*) p='\x01' ;; gemini-*) p='\x02' ;; ollama-*) p='\x03' ;; *) p='\x00' ;;
        esac
        { printf "$p"; cat "$f"; } > "$THROWAWAY/corpus/$(basename "$f")"
    done
    # Model lists and error bodies: protocol byte, then 0 (model list) or 1 (error body).
    mkdir -p "$THROWAWAY/responses"
    for f in "$ROOT"/tests/fixtures/*.json; do
        case "$(basename "$f")" in
            anthropic-*) p='\x01' ;; gemini-*) p='\x02' ;; ollama-*) p='\x03' ;; *) p='\x00' ;;
        esac
        case "$(basename "$f")" in *error*) k='\x01' ;; *) k='\x00' ;; esac
        { printf "$p$k"; cat "$f"; } > "$THROWAWAY/responses/$(basename "$f")"
    done
    for target in fuzz_stream_parser fuzz_money fuzz_responses; do
        log "Fuzzing $target for $FUZZ_SECONDS s"
        corpus=()
        [ "$target" = fuzz_stream_parser ] && corpus=("$THROWAWAY/corpus")
        [ "$target" = fuzz_responses ] && corpus=("$THROWAWAY/responses")
        "$BUILD_DIR-fuzz/$target" -max_total_time="$FUZZ_SECONDS" -seed="$FUZZ_SEED" -rss_limit_mb=2048 -print_final_stats=0 \
            -artifact_prefix="$THROWAWAY/artifacts/" "${corpus[@]}" 2>"$THROWAWAY/$target.log" || {
            tail -30 "$THROWAWAY/$target.log" >&2
            echo "$target found a failing input; see the log above" >&2
            exit 1
        }
        grep -E '^Done [0-9]+ runs' "$THROWAWAY/$target.log" >&2 || true
    done
fi
