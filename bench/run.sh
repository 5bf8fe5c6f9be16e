#!/usr/bin/env bash
# Benchmarks with their method (docs/BENCHMARKS.md). Figures are ratios against a
# reference measured in the same run, since the machines are shared and noisy.
#   1. `switchyard ask` consuming a 50,000-chunk OpenRouter stream from loopback,
#      beside curl reading the same bytes from the same server.
#   2. Cold start to first painted window and peak RSS, beside a minimal Qt Widgets window.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/common.sh"
PACKAGES+=(curl time)
install_missing_packages
configure_and_build

RUNS="${RUNS:-7}"
CHUNKS="${CHUNKS:-50000}"
WORK="$(mktemp -d /tmp/switchyard-bench.XXXXXX)"
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$WORK"' EXIT
BIN="$BUILD_DIR/src/switchyard"

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

"$BUILD_DIR/bench/bench_make_stream" "$CHUNKS" > "$WORK/stream.sse"
"$BUILD_DIR/tests/switchyard-mock" --file "$WORK/stream.sse" --piece-size 16384 > "$WORK/port" &
for _ in $(seq 50); do [ -s "$WORK/port" ] && break; sleep 0.1; done
PORT="$(awk '{print $2}' "$WORK/port")"
URL="http://127.0.0.1:$PORT/api/v1"

export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/data" XDG_CONFIG_HOME="$WORK/home/config"
mkdir -p "$HOME"
TIMEFORMAT='%R %U %S'
: > "$WORK/ask.txt"; : > "$WORK/curl.txt"
for _ in $(seq "$RUNS"); do
    { time OPENROUTER_API_KEY=sk-or-v1-bench "$BIN" ask -m bench/model --base-url "$URL" "go" > "$WORK/answer.txt"; } 2>> "$WORK/ask.txt"
    { time curl -sN -X POST -H 'Content-Type: application/json' -d '{"stream":true}' "$URL/chat/completions" -o /dev/null; } 2>> "$WORK/curl.txt"
done
[ "$(wc -c < "$WORK/answer.txt")" -gt 100000 ] || { echo "ask did not print the whole answer" >&2; exit 1; }
ask_cpu=$(awk '{print $2+$3}' "$WORK/ask.txt" | median); ask_wall=$(awk '{print $1}' "$WORK/ask.txt" | median)
curl_cpu=$(awk '{print $2+$3}' "$WORK/curl.txt" | median); curl_wall=$(awk '{print $1}' "$WORK/curl.txt" | median)

# The Anthropic and Gemini decoders on streams of the same length, same method.
declare -A proto_cpu proto_wall proto_bytes
for proto in anthropic gemini; do
    "$BUILD_DIR/bench/bench_make_stream" "$CHUNKS" "$proto" > "$WORK/$proto.sse"
    proto_bytes[$proto]=$(wc -c < "$WORK/$proto.sse")
    "$BUILD_DIR/tests/switchyard-mock" --file "$WORK/$proto.sse" --piece-size 16384 > "$WORK/$proto.port" &
    for _ in $(seq 50); do [ -s "$WORK/$proto.port" ] && break; sleep 0.1; done
    pport="$(awk '{print $2}' "$WORK/$proto.port")"
    case "$proto" in anthropic) base="http://127.0.0.1:$pport/v1" ;; gemini) base="http://127.0.0.1:$pport/v1beta" ;; esac
    : > "$WORK/$proto.txt"
    for _ in $(seq "$RUNS"); do
        { time ANTHROPIC_API_KEY=bench GEMINI_API_KEY=bench "$BIN" ask -p "$proto" -m bench-model --base-url "$base" "go" > "$WORK/$proto.answer"; } 2>> "$WORK/$proto.txt"
    done
    [ "$(wc -c < "$WORK/$proto.answer")" -gt 100000 ] || { echo "ask -p $proto did not print the whole answer" >&2; exit 1; }
    proto_cpu[$proto]=$(awk '{print $2+$3}' "$WORK/$proto.txt" | median)
    proto_wall[$proto]=$(awk '{print $1}' "$WORK/$proto.txt" | median)
done

# Start-up: launch to first painted window, on one Xvfb display, inside a session bus.
Xvfb :97 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
sleep 1
: > "$WORK/app.txt"; : > "$WORK/min.txt"
for _ in $(seq "$RUNS"); do
    DISPLAY=:97 SWITCHYARD_EXIT_AFTER_FIRST_PAINT=1 /usr/bin/time -f '%e %M' -a -o "$WORK/app.txt" \
        dbus-run-session -- "$BIN" >/dev/null 2>&1
    DISPLAY=:97 /usr/bin/time -f '%e %M' -a -o "$WORK/min.txt" \
        dbus-run-session -- "$BUILD_DIR/bench/bench_minimal_window" >/dev/null 2>&1
done
app_wall=$(awk '{print $1}' "$WORK/app.txt" | median); app_rss=$(awk '{print $2}' "$WORK/app.txt" | median)
min_wall=$(awk '{print $1}' "$WORK/min.txt" | median); min_rss=$(awk '{print $2}' "$WORK/min.txt" | median)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
cat <<EOT
Switchyard benchmarks ($RUNS runs each, medians; $(nproc) cores; $(date -u +%Y-%m-%d))
stream of $CHUNKS chunks ($(wc -c < "$WORK/stream.sse") bytes) from loopback:
  switchyard ask   cpu ${ask_cpu} s   wall ${ask_wall} s
  curl (reference) cpu ${curl_cpu} s   wall ${curl_wall} s
  ask/curl cpu ratio $(ratio "$ask_cpu" "$curl_cpu")   (target: ask cpu <= 0.15 s)
  anthropic stream ($CHUNKS events, ${proto_bytes[anthropic]} bytes)  cpu ${proto_cpu[anthropic]} s  wall ${proto_wall[anthropic]} s  ($(ratio "${proto_cpu[anthropic]}" "$ask_cpu")x OpenRouter)
  gemini stream ($CHUNKS events, ${proto_bytes[gemini]} bytes)     cpu ${proto_cpu[gemini]} s  wall ${proto_wall[gemini]} s  ($(ratio "${proto_cpu[gemini]}" "$ask_cpu")x OpenRouter)
first painted window:
  switchyard       wall ${app_wall} s   peak RSS ${app_rss} KiB
  minimal window   wall ${min_wall} s   peak RSS ${min_rss} KiB
  ratios           start-up $(ratio "$app_wall" "$min_wall")x   memory $(ratio "$app_rss" "$min_rss")x   (target: <= 2x)
EOT
