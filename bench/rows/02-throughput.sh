#!/usr/bin/env bash
# Row 2: 16 parallel hook writers (16 Claude Code sessions, one session id
# each), 1,000 PostToolUse events each, the same 10 KB payload with a distinct
# tool_use_id: events per second into the queue (wall time of the whole
# storm, bench/tools/ot-hook-storm.cpp starts the hook processes), and the
# events lost: 16,000 minus the rows in the queue afterwards, plus any hook
# that exited non-zero. Clean environment, a fresh data folder.
set -euo pipefail
source "$OT_ROOT/bench/lib/common.sh"
WRITERS=16 EVENTS=1000
((OT_BENCH_QUICK)) && EVENTS=100
HOOK=$(ot_hook || true)
if [[ -z $HOOK ]] || ! hook_records "$OT_BENCH_WORK/probe-data"; then
  emit_na 2 "queue throughput, $WRITERS writers x $EVENTS" "not built yet" "zero lost"
  exit 0
fi
data=$OT_BENCH_WORK/data
python3 "$OT_BENCH_TOOLS/hook-payload.py" --session-id "00000000-0000-4000-8000-0000000000@W@" \
  --tool-use-id "toolu_bench_@ID@" >"$OT_BENCH_WORK/template.json"
mkdir -p "$OT_BENCH_WORK/home"
set +e
env -i HOME="$OT_BENCH_WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 OBSERVER_TRAY_DATA_DIR="$data" \
  "$OT_BENCH_BIN/ot-hook-storm" --writers "$WRITERS" --events "$EVENTS" --payload "$OT_BENCH_WORK/template.json" \
  -- "$HOOK" post-tool-use >"$OT_BENCH_WORK/storm.json"
set -e
cat "$OT_BENCH_WORK/storm.json" >&2
j() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$OT_BENCH_WORK/storm.json" "$1"; }
total=$((WRITERS * EVENTS))
rows=$(sqlite3 "$data/observer-tray.db" "SELECT COUNT(*) FROM events")
distinct=$(sqlite3 "$data/observer-tray.db" "SELECT COUNT(DISTINCT session_id) FROM events")
lost=$((total - rows))
log "rows in the queue: $rows of $total, $distinct sessions, failed hook runs: $(j failed_runs)"
emit 2 "queue throughput, $WRITERS writers x $EVENTS events" "events/s" "$(fmt "$(j events_per_s)" 0)" - - 1 - \
  "(no target)" -
emit 2 "hook latency under $WRITERS-way contention" ms "$(fmt "$(j latency_ms_median)")" - \
  "$(fmt "$(j latency_ms_max)") (p99 $(fmt "$(j latency_ms_p99)"))" "$total" - "-" -
emit 2 "events lost (of $total)" count "$lost" - - 1 - "0" "$(yesno test "$lost" -eq 0 -a "$(j failed_runs)" -eq 0)"
