#!/usr/bin/env bash
# Stream CPU of `switchyard ask` beside the official OpenAI Node SDK, on the same
# 50,000-chunk stream served from loopback in two server styles, in the same run
# (docs/BENCHMARKS.md, "Stream CPU beside the OpenAI Node SDK"):
#   length:  one Content-Length body written in 64 KiB pieces
#   chunked: Transfer-Encoding: chunked, one 16 KiB chunk per flush
# Prints the median CPU (user + sys) of each over RUNS runs and the ratio ask/SDK
# (target <= 0.125), with curl reading the same bytes as a floor. The SDK column needs
# `node`; the pinned `openai` package is installed into bench/node/ with npm when missing.
#
#   bench/stream_cpu.sh                                  # build in ./build, then measure
#   BUILD_DIR=/path/to/build SKIP_BUILD=1 bench/stream_cpu.sh   # use an existing build as is
# RUNS (default 7), CHUNKS (default 50000); MOCK_BIN, SWITCHYARD_BIN and MAKE_STREAM_BIN
# override the binaries taken from BUILD_DIR.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/common.sh"
PACKAGES+=(curl)
install_missing_packages
configure_and_build

RUNS="${RUNS:-7}"
CHUNKS="${CHUNKS:-50000}"
BIN="${SWITCHYARD_BIN:-$BUILD_DIR/src/switchyard}"
MOCK_BIN="${MOCK_BIN:-$BUILD_DIR/tests/switchyard-mock}"
MAKE_STREAM_BIN="${MAKE_STREAM_BIN:-$BUILD_DIR/bench/bench_make_stream}"
SDK_DIR="$ROOT/bench/node"
for b in "$BIN" "$MOCK_BIN" "$MAKE_STREAM_BIN"; do
    [ -x "$b" ] || { echo "missing $b (build it, or point BUILD_DIR / MOCK_BIN / SWITCHYARD_BIN at it)" >&2; exit 1; }
done
case "$("$MOCK_BIN" --content-length --file /nonexistent 2>&1 || true)" in
    *"Unknown option"*) echo "$MOCK_BIN has no --content-length: build switchyard-mock from this tree and set MOCK_BIN" >&2; exit 1 ;;
esac

WORK="$(mktemp -d /tmp/switchyard-stream-cpu.XXXXXX)"
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "n/a"; else print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.3f", a / b; else print "n/a" }'; }

# The SDK column: node, and the pinned package in bench/node (npm ci from the lock file).
SDK=""
SDK_NOTE=""
if ! command -v node >/dev/null; then
    SDK_NOTE="SDK column skipped: node is not installed (e.g. apt-get install nodejs npm)"
elif [ ! -f "$SDK_DIR/node_modules/openai/package.json" ] && ! command -v npm >/dev/null; then
    SDK_NOTE="SDK column skipped: the openai package is not in bench/node/node_modules and npm is not installed"
else
    if [ ! -f "$SDK_DIR/node_modules/openai/package.json" ] \
        || [ "$(node -p "require('$SDK_DIR/node_modules/openai/package.json').version")" != \
             "$(node -p "require('$SDK_DIR/package-lock.json').packages['node_modules/openai'].version")" ]; then
        log "Installing the pinned openai package into bench/node (npm ci)"
        if ! (cd "$SDK_DIR" && npm ci --no-audit --no-fund --loglevel=error >&2); then
            SDK_NOTE="SDK column skipped: npm ci in bench/node failed (see above)"
        fi
    fi
    if [ -z "$SDK_NOTE" ]; then
        SDK="$(node -p "require('$SDK_DIR/node_modules/openai/package.json').version")"
    fi
fi
[ -n "$SDK_NOTE" ] && log "$SDK_NOTE"

"$MAKE_STREAM_BIN" "$CHUNKS" > "$WORK/stream.sse"
STREAM_BYTES=$(wc -c < "$WORK/stream.sse")
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/data" XDG_CONFIG_HOME="$WORK/home/config"
mkdir -p "$HOME"
TIMEFORMAT='%R %U %S'

start_mock() { # style -> sets URL
    local style="$1" args=()
    case "$style" in
        length) args=(--content-length --piece-size 65536) ;;
        chunked) args=(--piece-size 16384) ;;
    esac
    "$MOCK_BIN" --file "$WORK/stream.sse" "${args[@]}" > "$WORK/$style.port" &
    MOCK_PID=$!
    for _ in $(seq 50); do [ -s "$WORK/$style.port" ] && break; sleep 0.1; done
    URL="http://127.0.0.1:$(awk '{print $2}' "$WORK/$style.port")/api/v1"
}

declare -A cpu user sys wall
for style in length chunked; do
    start_mock "$style"
    # One untimed pass of each: the answers must be whole and identical, and the SDK must run.
    OPENROUTER_API_KEY=sk-or-v1-bench "$BIN" ask -m bench/model --base-url "$URL" "go" > "$WORK/ask.answer"
    [ "$(wc -c < "$WORK/ask.answer")" -ge "$CHUNKS" ] || { echo "ask did not print the whole answer ($style)" >&2; exit 1; }
    if [ -n "$SDK" ]; then
        if ! node "$ROOT/bench/sdk_stream.mjs" "$URL" bench/model > "$WORK/sdk.answer" 2> "$WORK/sdk.err" \
            || ! cmp -s "$WORK/ask.answer" "$WORK/sdk.answer"; then
            cat "$WORK/sdk.err" >&2
            SDK_NOTE="SDK column skipped: bench/sdk_stream.mjs failed or printed another answer ($style style)"
            log "$SDK_NOTE"
            SDK=""
        fi
    fi
    : > "$WORK/$style.ask"; : > "$WORK/$style.sdk"; : > "$WORK/$style.curl"
    # Interleaved, so that whatever else the machine does falls on all three alike.
    for _ in $(seq "$RUNS"); do
        { time OPENROUTER_API_KEY=sk-or-v1-bench "$BIN" ask -m bench/model --base-url "$URL" "go" > "$WORK/ask.answer"; } 2>> "$WORK/$style.ask"
        if [ -n "$SDK" ]; then
            { time node "$ROOT/bench/sdk_stream.mjs" "$URL" bench/model > "$WORK/sdk.answer"; } 2>> "$WORK/$style.sdk"
        fi
        { time curl -sN -X POST -H 'Content-Type: application/json' -d '{"stream":true}' "$URL/chat/completions" -o /dev/null; } 2>> "$WORK/$style.curl"
    done
    for who in ask sdk curl; do
        cpu[$style.$who]=$(awk '{print $2+$3}' "$WORK/$style.$who" | median)
        user[$style.$who]=$(awk '{print $2}' "$WORK/$style.$who" | median)
        sys[$style.$who]=$(awk '{print $3}' "$WORK/$style.$who" | median)
        wall[$style.$who]=$(awk '{print $1}' "$WORK/$style.$who" | median)
    done
    kill "$MOCK_PID" 2>/dev/null || true
done

line() { # style label
    local s="$1" r="n/a" verdict=""
    if [ -n "$SDK" ]; then
        r=$(ratio "${cpu[$s.ask]}" "${cpu[$s.sdk]}")
        verdict=$(awk -v r="$r" 'BEGIN { print (r <= 0.125 ? "met" : "not met") }')
    fi
    printf '  %-30s ask %6s s (%s + %s)  SDK %6s s (%s + %s)  ask/SDK %-6s %-8s curl %s s\n' "$2" \
        "${cpu[$s.ask]}" "${user[$s.ask]}" "${sys[$s.ask]}" \
        "${cpu[$s.sdk]}" "${user[$s.sdk]}" "${sys[$s.sdk]}" "$r" "$verdict" "${cpu[$s.curl]}"
    printf '  %-30s wall: ask %s s  SDK %s s  curl %s s\n' "" "${wall[$s.ask]}" "${wall[$s.sdk]}" "${wall[$s.curl]}"
}
cat <<EOT
Stream CPU beside the OpenAI Node SDK ($RUNS runs each, interleaved, medians; $(nproc) cores; $(date -u +%Y-%m-%d))
stream of $CHUNKS chunks ($STREAM_BYTES bytes) from loopback; CPU is user + sys (user + sys medians)
SDK: $( [ -n "$SDK" ] && echo "openai $SDK on node $(node --version), bench/sdk_stream.mjs" || echo "none. $SDK_NOTE" )
EOT
line length "Content-Length, 64 KiB writes"
line chunked "chunked, 16 KiB flushes"
echo "  target: ask/SDK <= 0.125 in both styles"
