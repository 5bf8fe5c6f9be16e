#!/usr/bin/env bash
# Opening a long conversation (docs/BENCHMARKS.md, "Chat workspace"): wall time from
# launch to the first painted window, and peak RSS, of
#   (a) bench_minimal_window, the reference: a bare QWidget that quits after its first paint;
#   (b) switchyard with SWITCHYARD_EXIT_AFTER_FIRST_PAINT=1, whose profile holds one
#       conversation of MESSAGES messages (default 5,000; bench_make_conversation), which
#       the window opens at start (the most recently updated one).
# Both on the same Xvfb display (xcb), in the same private D-Bus session with an unlocked
# keyring, on a throwaway HOME; RUNS launches each (default 5), interleaved; medians and
# the ratios app/minimal (targets: first paint <= 3x, peak RSS <= 2x).
# Wall time: bash's EPOCHREALTIME around the launch. Peak RSS: /usr/bin/time -f %M.
#   bench/chat_open.sh                                          # build in ./build, then measure
#   BUILD_DIR=/path/to/build SKIP_BUILD=1 bench/chat_open.sh    # an existing build as it is
# bench/chat.sh runs it under its own display and session (CHAT_ENV_READY=1).
source "$(dirname "${BASH_SOURCE[0]}")/chat_env.sh"
chat_enter_session "$@"
chat_setup

RUNS="${RUNS:-5}"
OUT="$(mktemp -d "${TMPDIR:-/tmp}/switchyard-chat-open.XXXXXX")"
launch() { # label command... -> appends "wall_s rss_kib" to $OUT/label
    local label="$1" t0 t1 rss
    shift
    t0=$EPOCHREALTIME
    /usr/bin/time -f '%M' -o "$OUT/rss" "$@" >/dev/null 2>> "$OUT/$label.err" || {
        echo "$label failed:" >&2
        tail -5 "$OUT/$label.err" >&2
        exit 1
    }
    t1=$EPOCHREALTIME
    rss=$(tail -n1 "$OUT/rss")
    awk -v a="$t0" -v b="$t1" -v r="$rss" 'BEGIN { printf "%.3f %d\n", b - a, r }' >> "$OUT/$label"
}

log "Opening a $MESSAGES-message conversation: $RUNS launches each, interleaved"
: > "$OUT/min"; : > "$OUT/app"
launch min "$BENCH_BIN/bench_minimal_window" # one untimed warm-up (font caches of the fresh HOME)
: > "$OUT/min"
for _ in $(seq "$RUNS"); do
    launch min "$BENCH_BIN/bench_minimal_window"
    launch app env SWITCHYARD_EXIT_AFTER_FIRST_PAINT=1 "$APP_BIN"
done
min_wall=$(awk '{print $1}' "$OUT/min" | median); min_rss=$(awk '{print $2}' "$OUT/min" | median)
app_wall=$(awk '{print $1}' "$OUT/app" | median); app_rss=$(awk '{print $2}' "$OUT/app" | median)
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r != "n/a" && r <= t ? "met" : "not met") }'; }
wall_ratio=$(ratio "$app_wall" "$min_wall"); rss_ratio=$(ratio "$app_rss" "$min_rss")
cat <<EOT
Open a $MESSAGES-message conversation ($RUNS launches each, medians; $(chat_machine))
  minimal window   first paint ${min_wall} s   peak RSS $((min_rss / 1024)) MiB   (runs: $(awk '{printf "%s/%d ", $1, $2/1024}' "$OUT/min"))
  switchyard       first paint ${app_wall} s   peak RSS $((app_rss / 1024)) MiB   (runs: $(awk '{printf "%s/%d ", $1, $2/1024}' "$OUT/app"))
  ratios           first paint ${wall_ratio}x (target <= 3x: $(verdict "$wall_ratio" 3))   peak RSS ${rss_ratio}x (target <= 2x: $(verdict "$rss_ratio" 2))
EOT
rm -rf "$OUT"
