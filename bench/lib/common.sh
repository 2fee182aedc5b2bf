# Helpers for the benchmark rows in bench/rows/. Sourced, not run.
# shellcheck shell=bash
#
# The runner (scripts/bench.sh) gives every row:
#   OT_ROOT            the source tree
#   OT_BENCH_BUILD     the Release build with -DOT_BUILD_BENCHMARKS=ON
#   OT_BENCH_WORK      an empty scratch folder for this row (deleted afterwards)
#   OT_BENCH_CACHE     a folder kept between runs (seeded databases, the peer)
#   OT_BENCH_RESULTS   the TSV file rows append their lines to (through emit)
#   OT_BENCH_QUICK     1 for a smoke run with fewer repetitions
# A row prints what it does on stderr (kept in its log) and its figures with
# emit/emit_na; the runner turns them into the one table.

: "${OT_BENCH_QUICK:=0}"
OT_BENCH_TOOLS=$OT_ROOT/bench/tools
OT_BENCH_BIN=$OT_BENCH_BUILD/bench

log() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }

# emit ROW METRIC UNIT MEDIAN MIN MAX RUNS RATIO TARGET MET
# RATIO is ours/theirs ("-" when there is no peer), MET is yes/no/-.
emit() {
  local IFS=$'\t'
  printf '%s\n' "$*" >>"$OT_BENCH_RESULTS"
}

# emit_na ROW METRIC REASON TARGET: a row whose part is not there yet.
emit_na() {
  emit "$1" "$2" "-" "n/a ($3)" "-" "-" "-" "-" "$4" "-"
}

# stats: numbers on stdin, one a line -> "median min max count" (%.6g).
stats() {
  sort -g | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "nan nan nan 0"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.6g %.6g %.6g %d\n", m, v[1], v[NR], NR }'
}

# fmt NUMBER [DECIMALS]: a figure for the table.
fmt() { awk -v x="$1" -v d="${2:-2}" 'BEGIN { if (x == "nan" || x == "") print "-"; else printf "%.*f\n", d, x }'; }

# ratio OURS THEIRS: "0.012 (1/83)" for the table.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0 || a == "nan" || b == "nan") { print "-"; exit }
    r = a / b; if (r < 1) printf "%.3f (1/%.0f)\n", r, 1 / r; else printf "%.2f\n", r }'
}

# le A B: exit 0 when A <= B (floating point).
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a != "nan" && a <= b) }'; }
yesno() { if "$@"; then echo yes; else echo no; fi; }

# The clean environment both sides run under: nothing from the caller's
# environment (this machine's NODE_EXTRA_CA_CERTS alone adds ~50 ms to every
# Node start), a private HOME, a plain PATH. Use: "${CLEAN_ENV[@]}" cmd...
clean_env_for() {
  local home=$1
  mkdir -p "$home"
  CLEAN_ENV=(env -i "HOME=$home" "PATH=/usr/local/bin:/usr/bin:/bin" "LANG=C.UTF-8")
}

# Our binaries, or empty when the build has no such target.
ot_hook() { local f=$OT_BENCH_BUILD/app/hook/observer-tray-hook; [[ -x $f ]] && echo "$f"; }
ot_app() { local f=$OT_BENCH_BUILD/app/gui/observer-tray; [[ -x $f ]] && echo "$f"; }

# hook_records DATA_DIR: exit 0 when our hook stores a PostToolUse event in
# the queue (the placeholder of an early main records nothing).
hook_records() {
  local data=$1 hook payload
  hook=$(ot_hook) || return 1
  payload=$OT_BENCH_WORK/probe-payload.json
  python3 "$OT_BENCH_TOOLS/hook-payload.py" >"$payload"
  mkdir -p "$data"
  env -i HOME="$OT_BENCH_WORK/probe-home" PATH=/usr/bin:/bin OBSERVER_TRAY_DATA_DIR="$data" \
    "$hook" post-tool-use <"$payload" >/dev/null 2>&1 || return 1
  [[ -f $data/observer-tray.db ]] || return 1
  local n
  n=$(sqlite3 "$data/observer-tray.db" "SELECT COUNT(*) FROM events" 2>/dev/null) || return 1
  ((n >= 1))
}

# seeded_db COUNT: prints a data folder holding COUNT observations, seeding it
# once into the cache (a million takes about a minute) and copying it into
# this row's scratch folder, so a row may write to it.
seeded_db() {
  local count=$1 key src dst
  key=$(cat "$OT_ROOT/app/core/store/Migrations.cpp" "$OT_ROOT/app/core/store/ObservationStore.cpp" \
    "$OT_BENCH_TOOLS/ot-seed-db.cpp" | sha1sum | cut -c1-12)
  src=$OT_BENCH_CACHE/seeded-$count-$key
  if [[ ! -f $src/.complete ]]; then
    rm -rf "$OT_BENCH_CACHE"/seeded-"$count"-*
    log "seeding $count observations into $src (once; cached for later runs)"
    "$OT_BENCH_BIN/ot-seed-db" --data-dir "$src" --count "$count" >&2 || return 1
    touch "$src/.complete"
  fi
  dst=$OT_BENCH_WORK/data-$count
  rm -rf "$dst"
  mkdir -p "$dst"
  cp "$src"/observer-tray.db* "$dst"/
  chmod 700 "$dst"
  echo "$dst"
}

# Xvfb + trayer, no window manager: start_display sets DISPLAY and
# DISPLAY_PIDS; stop_display ends them. A fresh display number per call.
start_display() {
  local n
  for n in $(seq 90 120); do [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] || break; done
  Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  DISPLAY_PIDS=($!)
  export DISPLAY=:$n
  local i
  for i in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.05; done
  trayer --edge top --align right --widthtype pixel --width 200 --height 24 >/dev/null 2>&1 &
  DISPLAY_PIDS+=($!)
  # The tray is ready when it owns the system tray selection.
  "$OT_BENCH_BIN/ot-tray-wait" --tray-host --timeout-ms 10000
}
stop_display() {
  local p
  for p in "${DISPLAY_PIDS[@]:-}"; do [[ -n $p ]] && { kill "$p" 2>/dev/null || true; }; done
  for p in "${DISPLAY_PIDS[@]:-}"; do [[ -n $p ]] && { wait "$p" 2>/dev/null || true; }; done
  DISPLAY_PIDS=()
  return 0
}

# app_env DIR: the clean environment our tray runs in for a benchmark: its
# folders under DIR, the display (if any), no `claude` on PATH (so a tray with a
# scheduler spawns no observer), no D-Bus (Qt uses the XEmbed tray).
app_env() {
  local dir=$1
  mkdir -p "$dir/home" "$dir/config" "$dir/run"
  chmod 700 "$dir/run"
  APP_ENV=(env -i "HOME=$dir/home" "PATH=/usr/bin:/bin" "LANG=C.UTF-8" "DISPLAY=${DISPLAY:-}"
    "XDG_RUNTIME_DIR=$dir/run" "OBSERVER_TRAY_CONFIG_DIR=$dir/config" "OBSERVER_TRAY_RUNTIME_DIR=$dir/run")
}

# proc_cpu_ms PID: user+system CPU time of all its threads so far, in ms.
proc_cpu_ms() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) * 1000 / hz }' "/proc/$1/stat"
}
# proc_switches PID: voluntary + involuntary context switches of all threads:
# every time any thread was woken up (or preempted).
proc_switches() {
  cat /proc/"$1"/task/*/status 2>/dev/null | awk '/^(voluntary|nonvoluntary)_ctxt_switches/ { n += $2 } END { print n + 0 }'
}
# thread_switches PID: "TID COUNT" per live thread (voluntary + involuntary).
# Diff two snapshots over the threads in both: a thread that ended between
# them takes its count with it, which would hide (or invent) wake-ups.
thread_switches() {
  local t
  for t in /proc/"$1"/task/*; do
    awk -v tid="${t##*/}" '/^(voluntary|nonvoluntary)_ctxt_switches/ { n += $2 } END { print tid, n + 0 }' "$t/status" 2>/dev/null || true
  done
}
proc_rss_mb() { awk '/^VmRSS/ { print $2 / 1024 }' "/proc/$1/status"; }
