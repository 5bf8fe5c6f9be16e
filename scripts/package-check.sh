#!/usr/bin/env bash
# Builds the packages and checks the .deb the way a user gets it: lintian (no errors),
# desktop-file-validate and appstreamcli on the installed files, the .tar.gz holding the same
# tree, then `apt-get install ./switchyard_*.deb`, the installed `switchyard --version`, one
# `switchyard ask` against the loopback mock, the installed window to its first paint under
# Xvfb, and `apt-get remove`. scripts/test.sh runs it after the test suite; it runs alone too
# (SKIP_BUILD=1 packages BUILD_DIR as it is). It needs root or sudo to install, reads no stdin,
# and removes the package again whatever happens; it refuses to run where switchyard is
# already installed, so a developer's own installation is never replaced or removed.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo > /dev/null || { echo "package-check.sh installs the package: run it as root or install sudo." >&2; exit 1; }
    SUDO=(sudo -n)
fi
if dpkg-query -W -f='${Status}' switchyard 2> /dev/null | grep -q "install ok installed"; then
    echo "The switchyard package is already installed here; remove it first (apt-get remove switchyard), this check installs and removes its own." >&2
    exit 1
fi

install_missing_packages
configure_and_build

WORK="$(mktemp -d /tmp/switchyard-package.XXXXXX)"
INSTALLED=0
MOCK_PID=
cleanup() {
    local rc=$?
    [ -n "$MOCK_PID" ] && kill "$MOCK_PID" 2> /dev/null || true
    if [ "$INSTALLED" = 1 ]; then
        log "Removing the package"
        DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get remove -y -qq switchyard < /dev/null > "$WORK/remove.log" 2>&1 ||
            { cat "$WORK/remove.log" >&2; rc=1; }
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

fail() {
    echo "package check: $*" >&2
    exit 1
}

log "Building the packages in $BUILD_DIR"
rm -f "$BUILD_DIR"/switchyard_*.deb "$BUILD_DIR"/switchyard-*.tar.gz
cmake --build "$BUILD_DIR" --target package -j "$JOBS" > "$WORK/cpack.log" 2>&1 || { cat "$WORK/cpack.log" >&2; fail "cpack failed"; }
shopt -s nullglob
debs=("$BUILD_DIR"/switchyard_*.deb)
tgzs=("$BUILD_DIR"/switchyard-*.tar.gz)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one switchyard_*.deb in $BUILD_DIR, found ${#debs[@]}"
[ ${#tgzs[@]} -eq 1 ] || fail "expected one switchyard-*.tar.gz in $BUILD_DIR, found ${#tgzs[@]}"
DEB="${debs[0]}"
TGZ="${tgzs[0]}"
log "$(basename "$DEB"): $(du -k "$DEB" | cut -f1) KiB; $(basename "$TGZ"): $(du -k "$TGZ" | cut -f1) KiB"
dpkg-deb --field "$DEB" Package Version Depends Recommends | sed 's/^/    /' >&2

log "lintian"
# Errors fail the check; warnings and notes are printed.
lintian --fail-on error --allow-root "$DEB" < /dev/null | tee "$WORK/lintian.log" >&2 ||
    fail "lintian reports errors in $(basename "$DEB")"

log "The files inside: desktop-file-validate, appstreamcli, the same tree in the .tar.gz"
mkdir -p "$WORK/deb" "$WORK/tgz"
dpkg-deb -x "$DEB" "$WORK/deb"
id=io.github.switchyard.Switchyard
desktop-file-validate "$WORK/deb/usr/share/applications/$id.desktop" || fail "desktop-file-validate rejects $id.desktop"
appstreamcli validate --no-net "$WORK/deb/usr/share/metainfo/$id.metainfo.xml" > "$WORK/appstream.log" 2>&1 ||
    { cat "$WORK/appstream.log" >&2; fail "appstreamcli rejects $id.metainfo.xml"; }
for size in 16 24 32 48 64 128 256 512; do
    icon="$WORK/deb/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -f "$icon" ] || fail "the ${size} px icon is missing"
    file -b "$icon" | grep -q "PNG image data, $size x $size" || fail "the ${size} px icon is $(file -b "$icon")"
done
tar -xzf "$TGZ" -C "$WORK/tgz"
(cd "$WORK/deb" && find . -type f | sort) > "$WORK/deb.files"
(cd "$WORK/tgz"/* && find . -type f | sort) > "$WORK/tgz.files"
diff -u "$WORK/deb.files" "$WORK/tgz.files" >&2 || fail "the .tar.gz does not hold the same files as the .deb"

log "apt-get install $(basename "$DEB")"
INSTALLED=1
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "$DEB" < /dev/null > "$WORK/install.log" 2>&1 ||
    { cat "$WORK/install.log" >&2; fail "apt-get install failed"; }
[ -x /usr/bin/switchyard ] || fail "/usr/bin/switchyard is not installed"
version="$(/usr/bin/switchyard --version < /dev/null)"
log "$version"
[ "$version" = "switchyard $(dpkg-deb --field "$DEB" Version | sed 's/-[^-]*$//')" ] || fail "--version printed \"$version\""

# The installed program on a throwaway profile: one answer from the loopback mock, in the ledger.
profile="$WORK/home"
mkdir -p "$profile/runtime"
chmod 700 "$profile/runtime"
as_user() {
    env -i PATH=/usr/bin:/bin LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME="$profile" XDG_RUNTIME_DIR="$profile/runtime" \
        XDG_DATA_HOME="$profile/data" XDG_CONFIG_HOME="$profile/config" XDG_CACHE_HOME="$profile/cache" "$@"
}
mock="$BUILD_DIR/tests/switchyard-mock"
[ -x "$mock" ] || fail "$mock is missing; build with -DSWITCHYARD_TESTS=ON"
"$mock" --file "$ROOT/tests/fixtures/openrouter-stream-basic.sse" > "$WORK/mock.port" 2> "$WORK/mock.log" < /dev/null &
MOCK_PID=$!
for _ in $(seq 100); do [ -s "$WORK/mock.port" ] && break; sleep 0.1; done
port="$(awk '/^PORT/ {print $2}' "$WORK/mock.port")"
[ -n "$port" ] || fail "the mock provider did not start: $(cat "$WORK/mock.log")"
log "switchyard ask against the mock on port $port"
answer="$(as_user OPENROUTER_API_KEY=sk-or-v1-package-check dbus-run-session -- /usr/bin/switchyard ask \
    -m meta-llama/llama-3.3-8b-instruct:free --base-url "http://127.0.0.1:$port/api/v1" --json "Say hello" \
    < /dev/null 2> "$WORK/ask.log")" || { cat "$WORK/ask.log" >&2; fail "switchyard ask failed: $answer"; }
grep -q '"text":"Hello"' <<< "$answer" || fail "switchyard ask answered: $answer"
grep -q '"status":"done"' <<< "$answer" || fail "switchyard ask answered: $answer"
rows="$(as_user dbus-run-session -- /usr/bin/switchyard usage --log --format json < /dev/null 2> "$WORK/usage.log")" ||
    { cat "$WORK/usage.log" >&2; fail "switchyard usage --log failed"; }
[ "$(grep -o '"status":"done"' <<< "$rows" | wc -l)" -eq 1 ] || fail "the ledger holds: $rows"

log "The installed window, to its first paint under Xvfb"
start=$(date +%s.%N)
as_user SWITCHYARD_EXIT_AFTER_FIRST_PAINT=1 timeout 60 xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    dbus-run-session -- /usr/bin/switchyard < /dev/null > "$WORK/window.log" 2>&1 ||
    { cat "$WORK/window.log" >&2; fail "the installed window crashed or never painted (exit $?)"; }
painted=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
minimal="$BUILD_DIR/bench/bench_minimal_window"
if [ -x "$minimal" ]; then
    start=$(date +%s.%N)
    as_user timeout 60 xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" dbus-run-session -- "$minimal" \
        < /dev/null > /dev/null 2>&1 || true
    log "first paint, with Xvfb's start: switchyard ${painted} s, minimal Qt window $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }') s"
else
    log "first paint, with Xvfb's start: switchyard ${painted} s"
fi

log "apt-get remove switchyard"
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get remove -y -qq switchyard < /dev/null > "$WORK/remove.log" 2>&1 ||
    { cat "$WORK/remove.log" >&2; fail "apt-get remove failed"; }
INSTALLED=0
[ ! -e /usr/bin/switchyard ] || fail "/usr/bin/switchyard is still there after apt-get remove"
while read -r f; do
    [ ! -e "/${f#./}" ] || fail "/${f#./} is still there after apt-get remove"
done < "$WORK/deb.files"
! dpkg-query -W -f='${Status}' switchyard 2> /dev/null | grep -q "install ok installed" || fail "dpkg still lists switchyard as installed"
log "Package check passed: $(basename "$DEB") builds, is lintian-clean of errors, installs, answers, paints and removes cleanly"
