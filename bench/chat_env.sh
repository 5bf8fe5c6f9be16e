# Shared by bench/chat.sh and bench/chat_open.sh (sourced, not run): build what the chat
# benchmarks need, then give them one environment to run in:
#   - a throwaway HOME and XDG folders (never the user's profile or keyring),
#   - a private D-Bus session with an unlocked gnome-keyring, so the window's keychain
#     probe answers at once as on a desktop (without one it waits 20 s and then shows a
#     banner, which re-lays out the window in the middle of a measurement),
#   - one Xvfb display on the xcb platform (not offscreen: the X server is in the loop),
#   - the generated conversation (bench_make_conversation, MESSAGES, default 5,000).
# A script that sources this calls chat_enter_session "$@" first (it re-runs the script
# inside dbus-run-session once built), then chat_setup. A child script started with
# CHAT_ENV_READY=1 reuses its parent's display, session, profile and database.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/common.sh"

MESSAGES="${MESSAGES:-5000}"
BENCH_BIN="$BUILD_DIR/bench"
APP_BIN="${SWITCHYARD_BIN:-$BUILD_DIR/src/switchyard}"

median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.2f", a / b; else print "n/a" }'; }

# Builds (unless SKIP_BUILD=1 or already inside the session), then re-runs the calling
# script inside a private D-Bus session. Returns only inside the session.
chat_enter_session() {
    if [ "${CHAT_ENV_READY:-0}" = 1 ] || [ "${CHAT_IN_SESSION:-0}" = 1 ]; then
        return 0
    fi
    PACKAGES+=(time)
    install_missing_packages
    if [ "${SKIP_BUILD:-0}" != 1 ]; then
        configure_and_build_targets switchyard bench_minimal_window bench_make_conversation bench_pace_stream \
            bench_chat_scroll bench_chat_stream
    fi
    CHAT_WORK="$(mktemp -d /tmp/switchyard-chat-bench.XXXXXX)"
    mkdir -p "$CHAT_WORK/home" "$CHAT_WORK/runtime"
    chmod 700 "$CHAT_WORK/runtime"
    local status=0
    env CHAT_IN_SESSION=1 CHAT_WORK="$CHAT_WORK" SKIP_BUILD=1 BUILD_DIR="$BUILD_DIR" \
        HOME="$CHAT_WORK/home" XDG_RUNTIME_DIR="$CHAT_WORK/runtime" \
        XDG_DATA_HOME="$CHAT_WORK/home/.local/share" XDG_CONFIG_HOME="$CHAT_WORK/home/.config" \
        XDG_CACHE_HOME="$CHAT_WORK/home/.cache" \
        dbus-run-session -- bash "$0" "$@" || status=$?
    rm -rf "$CHAT_WORK"
    exit "$status"
}

# Configure as common.sh does, but build only the targets asked for (the machine is shared).
configure_and_build_targets() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    log "Configuring in $BUILD_DIR"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DSWITCHYARD_WERROR="$werror" >/dev/null
    log "Building $* with $JOBS jobs"
    cmake --build "$BUILD_DIR" -j "$JOBS" --target "$@"
}

# Inside the session: keyring, Xvfb, the conversation. Exports what child scripts reuse.
chat_setup() {
    if [ "${CHAT_ENV_READY:-0}" = 1 ]; then
        return 0
    fi
    for b in "$APP_BIN" "$BENCH_BIN/bench_minimal_window" "$BENCH_BIN/bench_make_conversation" \
        "$BENCH_BIN/bench_pace_stream" "$BENCH_BIN/bench_chat_scroll" "$BENCH_BIN/bench_chat_stream"; do
        [ -x "$b" ] || { echo "missing $b (build it, or point BUILD_DIR at a build that has it)" >&2; exit 1; }
    done
    eval "$(printf pass | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null

    exec 3> "$CHAT_WORK/display"
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    CHAT_XVFB_PID=$!
    exec 3>&-
    for _ in $(seq 100); do [ -s "$CHAT_WORK/display" ] && break; sleep 0.1; done
    [ -s "$CHAT_WORK/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
    export DISPLAY=":$(head -n1 "$CHAT_WORK/display")" QT_QPA_PLATFORM=xcb
    trap 'kill $(jobs -p) 2>/dev/null || true' EXIT

    # The conversation, generated once; each measurement works on a copy of it.
    CHAT_DB="$CHAT_WORK/conversation.sqlite"
    log "Generating a conversation of $MESSAGES messages"
    "$BENCH_BIN/bench_make_conversation" "$CHAT_DB" "$MESSAGES" > "$CHAT_WORK/conversation.txt"
    # Where the app looks at start (Database::defaultPath: AppDataLocation = organisation/application).
    CHAT_APP_DB="$XDG_DATA_HOME/switchyard/switchyard/switchyard.sqlite"
    mkdir -p "$(dirname "$CHAT_APP_DB")"
    chmod 700 "$XDG_DATA_HOME/switchyard" "$(dirname "$CHAT_APP_DB")"
    cp "$CHAT_DB" "$CHAT_APP_DB"
    export CHAT_ENV_READY=1 CHAT_DB CHAT_APP_DB OPENROUTER_API_KEY=sk-or-v1-bench
}

chat_machine() {
    echo "$(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?'), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%d)"
}
