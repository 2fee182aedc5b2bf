#!/usr/bin/env bash
# Row 3: pipeline overhead, with an instant fake observer (ot-instant-observer:
# the tests' fake `claude` in FAKE_CLAUDE_MODE=instant, linked as `claude` on
# the app's PATH: signed in, answers every message at once), so only our code
# is measured.
#  (a) queue to stored observation: N PostToolUse events from S sessions are
#      put in the queue by the real hook (bench/tools/ot-hook-storm.cpp), then
#      `observer-tray --drain` (the same Pipeline as the tray, no window) runs
#      until the queue is empty: N / its wall time, and the observations
#      stored must be N (one per event from the instant observer): zero lost.
#      A copy of the same queue per run.
#  (b) wake-up latency, hook exit to observer receipt, with the tray running
#      (`--headless`) in Observe immediately mode, so each event is due at once
#      (with batching, the same for the event that makes a batch due; the
#      others wait for it by design, which row 7 reports):
#      the hook's wake file is watched (inotify through QFileSystemWatcher),
#      nothing polls; bench/tools/hook-latency.py sends one event at a time
#      and compares the observer's CLOCK_REALTIME on reading the message with
#      its own right after the hook exited.
set -euo pipefail
source "$OT_ROOT/bench/lib/common.sh"
SESSIONS=4 PER_SESSION=1250 RUNS=3 LATENCY_RUNS=60
((OT_BENCH_QUICK)) && PER_SESSION=250 RUNS=2 LATENCY_RUNS=30
N=$((SESSIONS * PER_SESSION))
APP=$(ot_app || true)
HOOK=$(ot_hook || true)
OBSERVER=$OT_BENCH_BIN/ot-instant-observer
if [[ -z $APP || -z $HOOK || ! -x $OBSERVER ]]; then
  emit_na 3 "queue to stored observation, instant fake observer" "not built yet" "(events/s)"
  emit_na 3 "wake-up latency: hook exit to observer receiving a due event" "not built yet" "< 20 ms, no polling"
  exit 0
fi
APP_PID=
cleanup() { if [[ -n $APP_PID ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

# The app's environment: its own folders, `claude` = the instant observer.
mkdir -p "$OT_BENCH_WORK/bin"
ln -sf "$OBSERVER" "$OT_BENCH_WORK/bin/claude"
pipeline_env() {
  app_env "$1" # later assignments win in env(1)
  PIPE_ENV=("${APP_ENV[@]}" "PATH=$OT_BENCH_WORK/bin:/usr/bin:/bin" "OBSERVER_TRAY_DATA_DIR=$1/data"
    "QT_QPA_PLATFORM=offscreen" "FAKE_CLAUDE_MODE=instant")
}

# (a) Fill one queue with the real hook, then drain copies of it.
seed=$OT_BENCH_WORK/seed
pipeline_env "$seed"
python3 "$OT_BENCH_TOOLS/hook-payload.py" --session-id "00000000-0000-4000-8000-0000000000@W@" \
  --tool-use-id "toolu_pipe_@ID@" >"$OT_BENCH_WORK/template.json"
log "queueing $N events from $SESSIONS sessions through the hook"
"${PIPE_ENV[@]}" "$OT_BENCH_BIN/ot-hook-storm" --writers "$SESSIONS" --events "$PER_SESSION" \
  --payload "$OT_BENCH_WORK/template.json" -- "$HOOK" post-tool-use >&2
queued=$(sqlite3 "$seed/data/observer-tray.db" "SELECT COUNT(*) FROM events WHERE state = 0")
log "queued: $queued"
: >"$OT_BENCH_WORK/rates"
lost_total=0
for i in $(seq "$RUNS"); do
  dir=$OT_BENCH_WORK/drain-$i
  pipeline_env "$dir"
  mkdir -p "$dir/data" && chmod 700 "$dir/data"
  sqlite3 "$seed/data/observer-tray.db" ".backup '$dir/data/observer-tray.db'"
  "${PIPE_ENV[@]}" python3 "$OT_BENCH_TOOLS/rusage.py" "$dir/rusage" "$APP" --drain >"$dir/out.json" 2>"$dir/err" || {
    cat "$dir/err" >&2
    exit 1
  }
  read -r wall_ms user_ms sys_ms _ <"$dir/rusage"
  stored=$(sqlite3 "$dir/data/observer-tray.db" "SELECT COUNT(*) FROM observations")
  runs=$(sqlite3 "$dir/data/observer-tray.db" "SELECT COUNT(*) FROM observer_runs")
  lost=$((queued - stored))
  lost_total=$((lost_total + lost))
  log "drain $i: $(cat "$dir/out.json") wall ${wall_ms} ms, app CPU $((${user_ms%.*} + ${sys_ms%.*})) ms, stored $stored, observer runs $runs"
  awk -v n="$queued" -v ms="$wall_ms" 'BEGIN { printf "%.1f\n", n * 1000 / ms }' >>"$OT_BENCH_WORK/rates"
done
read -r med min max n < <(stats <"$OT_BENCH_WORK/rates")
emit 3 "queue to stored observation, $N events, instant observer" "events/s" "$(fmt "$med" 0)" "$(fmt "$min" 0)" \
  "$(fmt "$max" 0)" "$n" - "(no target)" -
emit 3 "events lost in the pipeline (of $N x $RUNS)" count "$lost_total" - - "$RUNS" - "0" \
  "$(yesno test "$lost_total" -eq 0)"

# (b) The tray running, one event at a time.
live=$OT_BENCH_WORK/live
pipeline_env "$live"
mkdir -p "$live/data" && chmod 700 "$live/data"
receipts=$OT_BENCH_WORK/receipts
: >"$receipts"
printf '[observer]\nobserveImmediately=true\n' >"$live/config/observer-tray.conf"
"${PIPE_ENV[@]}" FAKE_CLAUDE_RECEIPTS="$receipts" "$APP" --headless >"$OT_BENCH_WORK/headless.log" 2>&1 &
APP_PID=$!
# Signed in (the instant observer's `auth status`) before the first event.
for _ in $(seq 200); do grep -q "igned in\|Observers use" "$OT_BENCH_WORK/headless.log" && break; sleep 0.05; done
cat "$OT_BENCH_WORK/headless.log" >&2
"${PIPE_ENV[@]}" python3 "$OT_BENCH_TOOLS/hook-latency.py" --hook "$HOOK" --receipts "$receipts" \
  --tray-pid "$APP_PID" --runs "$LATENCY_RUNS" >"$OT_BENCH_WORK/latency"
cat "$OT_BENCH_WORK/latency" >&2
read -r med min max n < <(awk '$3 == 0 { print $2 }' "$OT_BENCH_WORK/latency" | stats)
read -r cold _ < <(awk '$3 == 1 { print $2 }' "$OT_BENCH_WORK/latency" | stats)
emit 3 "wake-up latency: hook exit to observer receiving a due event (observer running)" ms "$(fmt "$med")" "$(fmt "$min")" \
  "$(fmt "$max")" "$n" - "< 20 ms, no polling" "$(yesno le "$med" 20)"
emit 3 "the same when a new observer starts for it" ms "$(fmt "$cold")" - - \
  "$(awk '$3 == 1' "$OT_BENCH_WORK/latency" | wc -l)" - "(process start)" -
