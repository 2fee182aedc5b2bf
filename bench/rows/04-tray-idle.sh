#!/usr/bin/env bash
# Row 4: the tray idle with 1 M observations: resident memory, CPU time and
# wake-ups over a 60 s window that starts 5 s after the icon showed. Wake-ups
# are the context switches of all the app's threads (/proc/PID/task/*/status,
# voluntary + involuntary): each is a thread woken by a timer, a file watch,
# the X server or the scheduler. Nothing happens on the display meanwhile.
# When any are seen, a further 20 s under strace logs which calls woke.
set -euo pipefail
source "$OT_ROOT/bench/lib/common.sh"
WINDOW=60
((OT_BENCH_QUICK)) && WINDOW=20
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
sleep 5
cpu0=$(proc_cpu_ms "$APP_PID")
sw0=$(proc_switches "$APP_PID")
: >"$OT_BENCH_WORK/rss"
for i in $(seq $((WINDOW / 5))); do
  proc_rss_mb "$APP_PID" >>"$OT_BENCH_WORK/rss"
  sleep 5
done
cpu1=$(proc_cpu_ms "$APP_PID")
sw1=$(proc_switches "$APP_PID")
proc_rss_mb "$APP_PID" >>"$OT_BENCH_WORK/rss"
threads=$(ls "/proc/$APP_PID/task" | wc -l)
log "threads: $threads; context switches over $WINDOW s: $((sw1 - sw0)); CPU: $(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { print b - a }') ms"
wakeups=$(awk -v a="$sw0" -v b="$sw1" -v w="$WINDOW" 'BEGIN { printf "%.2f", (b - a) * 60 / w }')
if awk -v x="$wakeups" 'BEGIN { exit !(x > 0) }'; then
  log "what woke it (strace -f, 20 s):"
  timeout 20 strace -f -tt -p "$APP_PID" -e trace=poll,ppoll,epoll_wait,epoll_pwait,select,pselect6,futex,read,recvmsg \
    -o "$OT_BENCH_WORK/strace" 2>/dev/null || true
  sort "$OT_BENCH_WORK/strace" 2>/dev/null | head -60 >&2 || true
fi
read -r rmed rmin rmax rn < <(stats <"$OT_BENCH_WORK/rss")
emit 4 "tray idle RSS, 1 M observations" MB "$(fmt "$rmed" 1)" "$(fmt "$rmin" 1)" "$(fmt "$rmax" 1)" "$rn" - "< 40 MB" \
  "$(yesno le "$rmed" 40)"
cpu=$(awk -v a="$cpu0" -v b="$cpu1" -v w="$WINDOW" 'BEGIN { printf "%.1f", (b - a) * 60 / w }')
emit 4 "tray idle CPU per minute" ms "$cpu" "-" "-" 1 - "-" -
emit 4 "tray idle wake-ups per minute ($threads threads)" "/min" "$wakeups" "-" "-" 1 - "<= 1 per minute" \
  "$(yesno le "$wakeups" 1)"
