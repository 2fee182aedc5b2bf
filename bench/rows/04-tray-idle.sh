#!/usr/bin/env bash
# Row 4: the tray idle with 1 M observations: resident memory, CPU time and
# wake-ups over a window that starts once start-up has settled (35 s after the
# icon showed: past Qt's 30 s expiry of idle thread-pool threads, a one-off).
# Wake-ups are the context switches of the app's threads (/proc/PID/task/*/
# status, voluntary + involuntary, over the threads alive at both ends): each
# is a thread woken by a timer, a file watch, the X server or the scheduler.
# Nothing happens on the display meanwhile. Then a trace under strace says
# which timers are armed: a poll() that times out is a timer firing, and the
# timeout each thread waits with once quiet again is its next timer; the
# shortest of those is the fastest periodic wake-up. Threads
# show their timeouts when they next wait, so 2 s into the trace the queue's
# wake file is touched, as a hook does: the pipeline thread runs and re-arms.
set -euo pipefail
source "$OT_ROOT/bench/lib/common.sh"
WINDOW=60 SETTLE=35 TRACE=60
((OT_BENCH_QUICK)) && TRACE=20
APP=$(ot_app || true)
if [[ -z $APP ]]; then
  emit_na 4 "tray idle RSS, 1 M observations" "not built yet" "< 40 MB"
  exit 0
fi
APP_PID=
cleanup() {
  if [[ -n $APP_PID ]]; then kill "$APP_PID" 2>/dev/null || true; fi
  stop_display
}
trap cleanup EXIT
data=$(seeded_db 1000000)
start_display
app_env "$OT_BENCH_WORK/app"
"${APP_ENV[@]}" "$OT_BENCH_BIN/ot-tray-wait" --keep --pid-file "$OT_BENCH_WORK/pid" -- "$APP" --data-dir "$data" >/dev/null
APP_PID=$(cat "$OT_BENCH_WORK/pid")
log "icon shown; letting start-up settle for $SETTLE s"
sleep "$SETTLE"
cpu0=$(proc_cpu_ms "$APP_PID")
thread_switches "$APP_PID" >"$OT_BENCH_WORK/sw0"
: >"$OT_BENCH_WORK/rss"
for i in $(seq $((WINDOW / 5))); do
  proc_rss_mb "$APP_PID" >>"$OT_BENCH_WORK/rss"
  sleep 5
done
cpu1=$(proc_cpu_ms "$APP_PID")
thread_switches "$APP_PID" >"$OT_BENCH_WORK/sw1"
proc_rss_mb "$APP_PID" >>"$OT_BENCH_WORK/rss"
# Most of the RSS is shared library pages (Qt, ICU, X), shared with every other
# Qt program on a desktop; what the tray adds of its own is anonymous memory.
anon=$(awk '/^Anonymous:/ { printf "%.1f", $2 / 1024 }' "/proc/$APP_PID/smaps_rollup")
threads=$(wc -l <"$OT_BENCH_WORK/sw1")
switches=$(awk 'NR == FNR { a[$1] = $2; next } ($1 in a) { n += $2 - a[$1] } END { print n + 0 }' \
  "$OT_BENCH_WORK/sw0" "$OT_BENCH_WORK/sw1")
log "threads: $threads; context switches over $WINDOW s: $switches; CPU: $(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { print b - a }') ms"
paste "$OT_BENCH_WORK/sw0" "$OT_BENCH_WORK/sw1" >&2 || true

# Which timers are armed: strace the idle app (attaching wakes each thread
# once; those returns are not counted, only waits that end later).
timeout "$TRACE" strace -f -tt -p "$APP_PID" -e trace=poll,ppoll,epoll_wait,epoll_pwait,select,pselect6 \
  -o "$OT_BENCH_WORK/strace" 2>/dev/null &
trace_pid=$!
sleep 2
python3 -c 'import os, sys; os.utime(sys.argv[1])' "$data/queue.wake"
wait "$trace_pid" || true
sed -n '1,40p' "$OT_BENCH_WORK/strace" >&2 || true
read -r fired shortest < <(python3 - "$OT_BENCH_WORK/strace" <<'PY'
import re, sys
fired, last = 0, {}
for line in open(sys.argv[1], errors="replace"):
    tid = line.split(maxsplit=1)[0]
    # poll([...], n, TIMEOUT_MS): the timeout of the thread's next timer (-1: none).
    m = re.search(r"\bpoll\(\[.*\], \d+, (-?\d+)", line)
    if m:
        last[tid] = int(m.group(1))
    if "= 0 (Timeout)" in line:
        fired += 1
# What each thread waits for once the wake-up's own work (a debounce) is done.
armed = [t for t in last.values() if t >= 0]
print(fired, f"{min(armed) / 1000:.0f}" if armed else "none")
PY
)
log "timers fired during the $TRACE s trace: $fired; shortest armed timer: $shortest s"

read -r rmed rmin rmax rn < <(stats <"$OT_BENCH_WORK/rss")
emit 4 "tray idle RSS, 1 M observations" MB "$(fmt "$rmed" 1)" "$(fmt "$rmin" 1)" "$(fmt "$rmax" 1)" "$rn" - "< 40 MB" \
  "$(yesno le "$rmed" 40)"
emit 4 "tray idle private (anonymous) memory" MB "$anon" "-" "-" 1 - "-" -
cpu=$(awk -v a="$cpu0" -v b="$cpu1" -v w="$WINDOW" 'BEGIN { printf "%.1f", (b - a) * 60 / w }')
emit 4 "tray idle CPU per minute" ms "$cpu" "-" "-" 1 - "-" -
wakeups=$(awk -v n="$switches" -v w="$WINDOW" 'BEGIN { printf "%.2f", n * 60 / w }')
# Context switches are an upper bound on wake-ups: one timer firing costs a
# thread one or two (poll returns, then a lock or a write), so 2 in a minute can
# be a single once-a-minute timer. The target is judged on the next line.
emit 4 "tray idle context switches per minute ($threads threads, $WINDOW s)" "/min" "$wakeups" "-" "-" 1 - \
  "(1-2 per timer firing)" -
met=yes # no thread waits with a timeout: no timer armed at all
[[ $shortest != none ]] && met=$(yesno le 60 "$shortest")
emit 4 "next timer once quiet after a wake-up ($fired fired in $TRACE s)" s "$shortest" "-" "-" 1 - ">= 60 s" "$met"
