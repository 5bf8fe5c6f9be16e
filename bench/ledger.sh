#!/usr/bin/env bash
# The dashboard's queries on a generated 1,000,000-request ledger (40 models, 7
# providers, two years), beside the same aggregations done by the sqlite3 tool
# scanning the raw ledger in the same run. See docs/BENCHMARKS.md.
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/common.sh"
PACKAGES+=(sqlite3)
install_missing_packages
configure_and_build

ROWS="${ROWS:-1000000}"
RUNS="${RUNS:-7}"
WORK="$(mktemp -d /tmp/switchyard-ledger-bench.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/ledger.sqlite"
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

log "Generating a ledger of $ROWS requests (the rollup trigger runs for each)"
TIMEFORMAT='%R'
gen=$( { time "$BUILD_DIR/bench/bench_make_ledger" "$DB" "$ROWS"; } 2>&1 )

log "Dashboard queries (in process, median of $RUNS)"
"$BUILD_DIR/bench/bench_query_ledger" "$DB" "$RUNS" > "$WORK/ours.txt"

# The same aggregations by the sqlite3 tool over the raw ledger. "Last 30 days" starts
# at local midnight 29 days before the newest request, read from the ledger just made.
newest_day=$(sqlite3 "$DB" "SELECT date(MAX(started_at) / 1000, 'unixepoch', 'localtime') FROM usage_ledger")
since_ms=$(( $(date -d "$newest_day 00:00 -29 days" +%s) * 1000 ))
raw() {
    local where="$1" group="$2" select="$3"
    for _ in $(seq "$RUNS"); do
        { time sqlite3 "$DB" "SELECT $select, COUNT(*), SUM(status <> 'done'), SUM(prompt_tokens), SUM(completion_tokens),
              SUM(cost_pico), SUM(cost_subpico), SUM(cost_pico IS NULL) FROM usage_ledger $where GROUP BY $group" > /dev/null; } 2>&1
    done | median
}
day="date(started_at / 1000, 'unixepoch', 'localtime')"
model="COALESCE(model_served, model_requested)"
raw_last30_mxd=$(raw "WHERE started_at >= $since_ms" "1, 2" "$day, $model")
raw_all_mxd=$(raw "" "1, 2" "$day, $model")
raw_last30_m=$(raw "WHERE started_at >= $since_ms" "1" "$model")
raw_all_m=$(raw "" "1" "$model")

log "The Usage page: data, then the whole refresh (offscreen)"
"$BUILD_DIR/bench/bench_usage_view" "$DB" "$RUNS" > "$WORK/view.txt"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "n/a" }'; }
ours() { awk -v n="$1" '$1 == n {print $2}' "$WORK/ours.txt"; }
cat <<EOT
Dashboard queries on $ROWS requests ($(du -h "$DB" | cut -f1) file, generated in ${gen} s); medians of $RUNS; $(date -u +%Y-%m-%d)
                          switchyard      sqlite3 raw scan   faster by (target >= 15x)
  last 30 days, model x day  $(ours last30_model_x_day) s    ${raw_last30_mxd} s     $(ratio "$raw_last30_mxd" "$(ours last30_model_x_day)")x
  all time, model x day      $(ours all_model_x_day) s    ${raw_all_mxd} s     $(ratio "$raw_all_mxd" "$(ours all_model_x_day)")x
  last 30 days, by model     $(ours last30_by_model) s    ${raw_last30_m} s     $(ratio "$raw_last30_m" "$(ours last30_by_model)")x
  all time, by model         $(ours all_by_model) s    ${raw_all_m} s     $(ratio "$raw_all_m" "$(ours all_by_model)")x
Usage page (ms; render = refresh - data; target: render <= 100 ms):
$(sed 's/^/  /' "$WORK/view.txt")
EOT
