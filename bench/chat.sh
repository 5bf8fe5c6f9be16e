#!/usr/bin/env bash
# The chat workspace benchmarks of issue 7 (docs/BENCHMARKS.md, "Chat workspace"), all on
# one Xvfb display (xcb), in one private D-Bus session with an unlocked keyring, on a
# throwaway HOME, over one generated conversation of MESSAGES messages (default 5,000):
#   1. open:   bench/chat_open.sh: launch to first paint and peak RSS beside the minimal
#              window (RUNS launches each, default 5); targets <= 3x and <= 2x.
#   2. scroll: bench_chat_scroll, bottom to top a page at a time: median, p99 and longest
#              frame (DRIVER_RUNS runs, default 3); target < 16 ms.
#   3. stream: bench_chat_stream with bench_pace_stream in its own process serving TOKENS
#              tokens (default 20,000) at RATE per second (default 1,000) in batches every
#              BATCH_MS (default 10 ms): the 1 ms probe's longest stall and p99 lateness,
#              CPU per token (DRIVER_RUNS runs); target: longest stall < 16 ms. The reference:
#              the same probe in the same window with nothing to do (IDLE_MS, default 10 s).
# Each driver run works on a fresh copy of the conversation. Figures are medians of the
# runs; each run's line is printed too.
#   bench/chat.sh                                           # build in ./build, then measure
#   BUILD_DIR=/path/to/build SKIP_BUILD=1 bench/chat.sh     # an existing build as it is
#   ONLY="scroll stream" bench/chat.sh                      # a subset
source "$(dirname "${BASH_SOURCE[0]}")/chat_env.sh"
chat_enter_session "$@"
chat_setup

DRIVER_RUNS="${DRIVER_RUNS:-3}"
TOKENS="${TOKENS:-20000}"
RATE="${RATE:-1000}"
BATCH_MS="${BATCH_MS:-10}"
ONLY="${ONLY:-open scroll stream}"
OUT="$CHAT_WORK/out"
mkdir -p "$OUT"
field() { # name file -> that field's value on each line that has it
    awk -v k="$1" '{ for (i = 1; i < NF; ++i) if ($i == k) print $(i + 1) }' "$2"
}
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v != "n/a" && v < t ? "met" : "not met") }'; }

echo "Chat workspace benchmarks: $(chat_machine)"
echo "conversation: $(cat "$CHAT_WORK/conversation.txt"); display $DISPLAY ($QT_QPA_PLATFORM)"

if [[ " $ONLY " == *" open "* ]]; then
    bash "$ROOT/bench/chat_open.sh"
fi

if [[ " $ONLY " == *" scroll "* ]]; then
    log "Scrolling bottom to top: $DRIVER_RUNS runs"
    : > "$OUT/scroll"
    for i in $(seq "$DRIVER_RUNS"); do
        cp "$CHAT_DB" "$OUT/scroll.sqlite"
        rm -f "$OUT/scroll.sqlite-wal" "$OUT/scroll.sqlite-shm"
        "$BENCH_BIN/bench_chat_scroll" "$OUT/scroll.sqlite" >> "$OUT/scroll" 2>> "$OUT/scroll.err" || {
            echo "bench_chat_scroll failed (run $i):" >&2; tail -5 "$OUT/scroll.err" >&2; exit 1; }
    done
    max=$(field max_ms "$OUT/scroll" | median)
    cat <<EOT
Scroll the conversation bottom to top a page at a time ($DRIVER_RUNS runs, medians of the runs' figures)
  frames $(field frames "$OUT/scroll" | median)   median $(field median_ms "$OUT/scroll" | median) ms   p99 $(field p99_ms "$OUT/scroll" | median) ms   longest $max ms   (target < 16 ms: $(verdict "$max" 16))
  window open until its scroll range settled: $(field open_ms "$OUT/scroll" | median) ms
EOT
    sed 's/^/  run: /' "$OUT/scroll"
fi

if [[ " $ONLY " == *" stream "* ]]; then
    log "Streaming $TOKENS tokens at $RATE/s (batches every $BATCH_MS ms): $DRIVER_RUNS runs"
    "$BENCH_BIN/bench_pace_stream" --tokens "$TOKENS" --rate "$RATE" --batch-ms "$BATCH_MS" > "$OUT/pace.port" 2> "$OUT/pace.err" &
    for _ in $(seq 50); do [ -s "$OUT/pace.port" ] && break; sleep 0.1; done
    URL="http://127.0.0.1:$(awk '{print $2}' "$OUT/pace.port")/api/v1"
    : > "$OUT/stream"
    for i in $(seq "$DRIVER_RUNS"); do
        cp "$CHAT_DB" "$OUT/stream.sqlite"
        rm -f "$OUT/stream.sqlite-wal" "$OUT/stream.sqlite-shm"
        ${CHAT_PROFILE:-} "$BENCH_BIN/bench_chat_stream" "$OUT/stream.sqlite" "$URL" "$TOKENS" > "$OUT/stream.$i" 2>> "$OUT/stream.err" || {
            echo "bench_chat_stream failed (run $i):" >&2; tail -5 "$OUT/stream.err" >&2; exit 1; }
        cat "$OUT/stream.$i" >> "$OUT/stream"
    done
    grep '^all ' "$OUT/stream" > "$OUT/stream.all"
    grep '^stream ' "$OUT/stream" > "$OUT/stream.during"
    grep '^idle ' "$OUT/stream" > "$OUT/stream.idle"
    grep '^end ' "$OUT/stream" > "$OUT/stream.end"
    grep '^open_ms ' "$OUT/stream" > "$OUT/stream.totals"
    longest=$(field longest_stall_ms "$OUT/stream.all" | median)
    cat <<EOT
Stream $TOKENS tokens at $RATE tokens/s into the conversation ($DRIVER_RUNS runs, medians of the runs' figures)
  server (bench_pace_stream, its own process): $(grep -c served "$OUT/pace.err") streams; $(grep served "$OUT/pace.err" | tail -n1 | sed 's/^bench_pace_stream: //')
  whole run    longest stall $longest ms   p99 lateness $(field p99_late_ms "$OUT/stream.all" | median) ms   (target: longest stall < 16 ms: $(verdict "$longest" 16))
  while streaming   longest $(field longest_stall_ms "$OUT/stream.during" | median) ms   p99 late $(field p99_late_ms "$OUT/stream.during" | median) ms   stalls > 16 ms $(field stalls_over_16ms "$OUT/stream.during" | median)   share of time stalled $(field stalled_share "$OUT/stream.during" | median)
  after the end     longest $(field longest_stall_ms "$OUT/stream.end" | median) ms   (the final render and 1 s of idle)
  reference, idle   longest $(field longest_stall_ms "$OUT/stream.idle" | median) ms   p99 late $(field p99_late_ms "$OUT/stream.idle" | median) ms   stalls > 16 ms $(field stalls_over_16ms "$OUT/stream.idle" | median)   (the same window and probe, nothing to do, ${IDLE_MS:-10000} ms before the send)
  stream wall $(field stream_s "$OUT/stream.totals" | median) s   CPU $(field cpu_ms "$OUT/stream.totals" | median) ms   CPU per token $(field cpu_us_per_token "$OUT/stream.totals" | median) us   (probe alone: $(field idle_cpu_ms_per_s "$OUT/stream.totals" | median) ms CPU per s)
EOT
    sed 's/^/  run: /' "$OUT/stream"
    echo "  stalls over 16 ms, each run (when they ended):"
    grep '^stall of' "$OUT/stream.err" | sed 's/^/    /' || echo "    none"
fi
