#!/usr/bin/env bash
# Row 8: scan and hide observer transcripts at 20,000 transcripts (the corpus
# of the hide issue: 200 folders, 2,000 observer sessions of three kinds plus
# decoys), with tests/hide's ot-bench-hide from the test build.
set -euo pipefail
source "$OT_ROOT/bench/lib/common.sh"
prog=$OT_ROOT/build/tests/hide/ot-bench-hide
if [[ ! -x $prog && -f $OT_ROOT/build/build.ninja ]]; then
  cmake --build "$OT_ROOT/build" --target ot-bench-hide >&2
fi
if [[ ! -x $prog ]]; then
  emit_na 8 "scan and hide, 20,000 transcripts" "run scripts/test.sh once to build it" "< 1 s"
  exit 0
fi
runs=$([[ ${OT_BENCH_QUICK:-0} == 1 ]] && echo 3 || echo 5)
log "running $prog $runs"
out=$("$prog" "$runs")
log "$out"
get() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$out"; }
med=$(get median_ms) min=$(get min_ms) max=$(get max_ms) rss=$(get peak_rss_mb)
emit 8 "scan and hide, 20,000 transcripts (2,000 hidden)" ms "$(fmt "$med" 1)" "$(fmt "$min" 1)" "$(fmt "$max" 1)" "$runs" - \
  "< 1 s" "$(yesno le "$med" 1000)"
emit 8 "scan and hide peak RSS" MB "$(fmt "$rss" 1)" - - 1 - "independent of transcript sizes" -
