#!/usr/bin/env bash
# Row 1: what one PostToolUse hook call costs: wall time, CPU time and peak
# RSS of our observer-tray-hook process (tray running and not running), side
# by side with claude-mem's PostToolUse hook run exactly as its hooks.json
# tells Claude Code to, its worker up on loopback. Same 10 KB payload (a Read
# of a C++ file), a fresh tool_use_id for every run, same clean environment.
#
# Wall time: hyperfine, which runs `sh -c 'CMD < payload'` and subtracts the
# shell's own start; ours and theirs alternate within each of ROUNDS
# invocations (the order flips every round). CPU and peak RSS: /usr/bin/time
# (user+sys of the whole process tree; for the peer, peak RSS of node and bun
# each, read inside each process: node via a --require'd exit hook, bun via
# /usr/bin/time on a `bun` shim, as bun is the leaf).
set -euo pipefail
source "$OT_ROOT/bench/lib/common.sh"
source "$OT_ROOT/bench/peer/claude-mem.sh"

W=$OT_BENCH_WORK
if ((OT_BENCH_QUICK)); then ROUNDS=2 RUNS=5 TIME_RUNS=4 COLD_RUNS=1; else ROUNDS=5 RUNS=10 TIME_RUNS=10 COLD_RUNS=3; fi
TARGET_WALL="< 10 ms and >= 50x less than peer"
TARGET_CPU=">= 50x less than peer"
APP_PID=
cleanup() {
  if [[ -n $APP_PID ]]; then kill "$APP_PID" 2>/dev/null || true; fi
  peer_stop_worker
  stop_display
}
trap cleanup EXIT

SID=$(python3 -c 'import uuid; print(uuid.uuid4())')
new_payload() { python3 "$OT_BENCH_TOOLS/hook-payload.py" --session-id "$SID" >"$1"; }
# hyperfine's --prepare writes the next payload: generation is not timed.
prepare() { echo "python3 $(printf %q "$OT_BENCH_TOOLS/hook-payload.py") --session-id $SID > $W/$1.json"; }

# --- ours ---------------------------------------------------------------
ours=0
HOOK=$(ot_hook || true)
if [[ -n $HOOK ]] && hook_records "$W/probe-data"; then ours=1; else log "our hook records nothing yet: n/a"; fi
OURS_DATA=$W/ours-data
mkdir -p "$W/ours-home"
OURS_ENV=(env -i "HOME=$W/ours-home" "PATH=/usr/bin:/bin" "LANG=C.UTF-8" "OBSERVER_TRAY_DATA_DIR=$OURS_DATA")
ours_cmd="$("$OT_BENCH_TOOLS/shq.py" "${OURS_ENV[@]}" "${HOOK:-/bin/false}" post-tool-use) < $W/ours.json"

# --- the peer -----------------------------------------------------------
peer=0
if peer_install; then
  peer_setup "$W/peer-home"
  if peer_start_worker; then peer=1; fi
fi
if ((peer)); then
  PTU=$(peer_hook_command PostToolUse)
  # The session's first prompt, as Claude Code would send before any tool call.
  python3 "$OT_BENCH_TOOLS/hook-payload.py" --event user-prompt-submit --session-id "$SID" >"$W/ups.json"
  "${PEER_ENV[@]}" bash -c "$(peer_hook_command UserPromptSubmit)" <"$W/ups.json" >/dev/null 2>&1 || true
  peer_cmd="$("$OT_BENCH_TOOLS/shq.py" "${PEER_ENV[@]}" bash -c "$PTU") < $W/peer.json"
else
  log "the peer could not be installed or started: its figures are n/a"
fi

# --- wall time, alternating ---------------------------------------------
ours_times=$W/ours-times peer_times=$W/peer-times ours_fail=0 peer_fail=0
: >"$ours_times"
: >"$peer_times"
for r in $(seq "$ROUNDS"); do
  args=()
  if ((ours)); then args+=(-n ours --prepare "$(prepare ours)" "$ours_cmd"); fi
  if ((peer)); then args+=(-n peer --prepare "$(prepare peer)" "$peer_cmd"); fi
  ((${#args[@]})) || break
  if ((r % 2 == 0 && ours && peer)); then
    args=(-n peer --prepare "$(prepare peer)" "$peer_cmd" -n ours --prepare "$(prepare ours)" "$ours_cmd")
  fi
  # -n/--prepare pairs must be grouped: hyperfine takes names and prepares in order.
  names=() prepares=() cmds=()
  while ((${#args[@]})); do names+=(-n "${args[1]}"); prepares+=(--prepare "${args[3]}"); cmds+=("${args[4]}"); args=("${args[@]:5}"); done
  log "round $r/$ROUNDS"
  hyperfine --style basic --ignore-failure --warmup 2 --runs "$RUNS" "${names[@]}" "${prepares[@]}" \
    --export-json "$W/round-$r.json" "${cmds[@]}" >&2
  if ((ours)); then
    "$OT_BENCH_TOOLS/hf.py" "$W/round-$r.json" ours times >>"$ours_times"
    ours_fail=$((ours_fail + $("$OT_BENCH_TOOLS/hf.py" "$W/round-$r.json" ours failures)))
  fi
  if ((peer)); then
    "$OT_BENCH_TOOLS/hf.py" "$W/round-$r.json" peer times >>"$peer_times"
    peer_fail=$((peer_fail + $("$OT_BENCH_TOOLS/hf.py" "$W/round-$r.json" peer failures)))
  fi
done
((ours_fail == 0)) || log "WARNING: our hook exited non-zero $ours_fail times"
((peer_fail == 0)) || log "WARNING: the peer's hook exited non-zero $peer_fail times"

# --- CPU and peak RSS, alternating ----------------------------------------
# CPU: rusage.py ("wall_ms user_ms sys_ms maxrss_kb" from wait4() in
# microseconds; GNU time's 10 ms steps would round our hook to 0). Peak RSS:
# GNU time, which fork()s from a small process (rusage.py spawns with vfork,
# whose child is billed the parent's resident size until it execs).
ours_cpu=$W/ours-cpu ours_rss=$W/ours-rss peer_cpu=$W/peer-cpu peer_rss=$W/peer-rss
: >"$ours_cpu"; : >"$ours_rss"; : >"$peer_cpu"; : >"$peer_rss"
for i in $(seq "$TIME_RUNS"); do
  if ((ours)); then
    new_payload "$W/ours.json"
    "$OT_BENCH_TOOLS/rusage.py" "$W/t" "${OURS_ENV[@]}" "$HOOK" post-tool-use <"$W/ours.json" >/dev/null 2>&1 || true
    read -r _ u s _ <"$W/t"
    awk -v u="$u" -v s="$s" 'BEGIN { print u + s }' >>"$ours_cpu"
    new_payload "$W/ours.json"
    /usr/bin/time -f '%M' -o "$W/t" "${OURS_ENV[@]}" "$HOOK" post-tool-use <"$W/ours.json" >/dev/null 2>&1 || true
    awk '{ print $1 / 1024 }' "$W/t" >>"$ours_rss"
  fi
  if ((peer)); then
    new_payload "$W/peer.json"
    "$OT_BENCH_TOOLS/rusage.py" "$W/t" "${PEER_ENV[@]}" bash -c "$PTU" <"$W/peer.json" >/dev/null 2>&1 || true
    read -r _ u s _ <"$W/t"
    awk -v u="$u" -v s="$s" 'BEGIN { print u + s }' >>"$peer_cpu"
  fi
done

# The peer's per-process peaks: node (the runner) and bun (the hook proper)
# are both resident during a call, so a call costs their sum.
peer_node=$W/peer-node peer_bun=$W/peer-bun
: >"$peer_node"; : >"$peer_bun"
if ((peer)); then
  mkdir -p "$W/shim"
  cat >"$W/shim/bun" <<SH
#!/bin/sh
unset NODE_OPTIONS
exec /usr/bin/time -a -o "$W/rss.log" -f 'bun %M' "$PEER_BIN/bun" "\$@"
SH
  chmod +x "$W/shim/bun"
  cat >"$W/rss.cjs" <<JS
process.on('exit', () => require('fs').appendFileSync('$W/rss.log', 'node ' + process.resourceUsage().maxRSS + '\n'));
JS
  SPLIT_ENV=("${PEER_ENV[@]}")
  for k in "${!SPLIT_ENV[@]}"; do
    [[ ${SPLIT_ENV[$k]} == PATH=* ]] && SPLIT_ENV[$k]="PATH=$W/shim:${SPLIT_ENV[$k]#PATH=}"
  done
  SPLIT_ENV+=("NODE_OPTIONS=--require $W/rss.cjs")
  for i in $(seq "$TIME_RUNS"); do
    : >"$W/rss.log"
    new_payload "$W/peer.json"
    "${SPLIT_ENV[@]}" bash -c "$PTU" <"$W/peer.json" >/dev/null 2>&1 || true
    n=$(awk '$1 == "node" { print $2 }' "$W/rss.log" | head -1)
    b=$(awk '$1 == "bun" { print $2 }' "$W/rss.log" | head -1)
    [[ -n $n && -n $b ]] || continue
    echo "$n" | awk '{ print $1 / 1024 }' >>"$peer_node"
    echo "$b" | awk '{ print $1 / 1024 }' >>"$peer_bun"
    awk -v n="$n" -v b="$b" 'BEGIN { print (n + b) / 1024 }' >>"$peer_rss"
  done
fi

# --- the peer when its worker is down (the hook starts it) ----------------
peer_cold=$W/peer-cold
: >"$peer_cold"
if ((peer)); then
  for i in $(seq "$COLD_RUNS"); do
    peer_stop_worker
    new_payload "$W/peer.json"
    /usr/bin/time -f '%e' -o "$W/t" "${PEER_ENV[@]}" bash -c "$PTU" <"$W/peer.json" >/dev/null 2>&1 || true
    awk '{ print $1 * 1000 }' "$W/t" >>"$peer_cold"
  done
  peer_stop_worker
fi

# --- ours with the tray running ---------------------------------------------
ours_tray=$W/ours-tray-times
: >"$ours_tray"
APP=$(ot_app || true)
if ((ours)) && [[ -n $APP ]]; then
  start_display
  # The tray watches the same data folder; no `claude` on its PATH, so even a
  # tray with a scheduler spawns no observer.
  env -i HOME="$W/ours-home" PATH=/usr/bin:/bin LANG=C.UTF-8 DISPLAY="$DISPLAY" \
    OBSERVER_TRAY_DATA_DIR="$OURS_DATA" OBSERVER_TRAY_CONFIG_DIR="$W/ours-config" \
    OBSERVER_TRAY_RUNTIME_DIR="$W/ours-run" XDG_RUNTIME_DIR="$W/ours-run" \
    "$OT_BENCH_BIN/ot-tray-wait" --keep --pid-file "$W/app.pid" -- "$APP" >/dev/null
  APP_PID=$(cat "$W/app.pid")
  for r in $(seq "$ROUNDS"); do
    hyperfine --style basic --ignore-failure --warmup 2 --runs "$RUNS" -n ours --prepare "$(prepare ours)" \
      --export-json "$W/tray-$r.json" "$ours_cmd" >&2
    "$OT_BENCH_TOOLS/hf.py" "$W/tray-$r.json" ours times >>"$ours_tray"
  done
fi

# --- the table --------------------------------------------------------------
read -r pw_med pw_min pw_max pw_n < <(stats <"$peer_times")
read -r pc_med pc_min pc_max pc_n < <(stats <"$peer_cpu")
read -r pr_med pr_min pr_max pr_n < <(stats <"$peer_rss")
read -r pn_med _ _ _ < <(stats <"$peer_node")
read -r pb_med _ _ _ < <(stats <"$peer_bun")
read -r pk_med pk_min pk_max pk_n < <(stats <"$peer_cold")
if ((ours)); then
  read -r ow_med ow_min ow_max ow_n < <(stats <"$ours_times")
  met=$(yesno le "$ow_med" 10)
  ((peer)) && met=$(yesno awk -v a="$ow_med" -v b="$pw_med" 'BEGIN { exit !(a < 10 && b / a >= 50) }')
  emit 1 "hook wall, tray not running" ms "$(fmt "$ow_med")" "$(fmt "$ow_min")" "$(fmt "$ow_max")" "$ow_n" \
    "$(ratio "$ow_med" "$pw_med")" "$TARGET_WALL" "$met"
  if [[ -s $ours_tray ]]; then
    read -r ot_med ot_min ot_max ot_n < <(stats <"$ours_tray")
    met=$(yesno le "$ot_med" 10)
    ((peer)) && met=$(yesno awk -v a="$ot_med" -v b="$pw_med" 'BEGIN { exit !(a < 10 && b / a >= 50) }')
    emit 1 "hook wall, tray running" ms "$(fmt "$ot_med")" "$(fmt "$ot_min")" "$(fmt "$ot_max")" "$ot_n" \
      "$(ratio "$ot_med" "$pw_med")" "$TARGET_WALL" "$met"
  else
    emit_na 1 "hook wall, tray running" "tray app not built" "< 10 ms"
  fi
  read -r oc_med oc_min oc_max oc_n < <(stats <"$ours_cpu")
  met=-
  ((peer)) && met=$(yesno awk -v a="$oc_med" -v b="$pc_med" 'BEGIN { exit !(a > 0 ? b / a >= 50 : 1) }')
  emit 1 "hook CPU user+sys" ms "$(fmt "$oc_med")" "$(fmt "$oc_min")" "$(fmt "$oc_max")" "$oc_n" \
    "$(ratio "$oc_med" "$pc_med")" "$TARGET_CPU" "$met"
  read -r om_med om_min om_max om_n < <(stats <"$ours_rss")
  emit 1 "hook peak RSS" MB "$(fmt "$om_med" 1)" "$(fmt "$om_min" 1)" "$(fmt "$om_max" 1)" "$om_n" \
    "$(ratio "$om_med" "$pr_med")" "-" "-"
else
  emit_na 1 "hook wall, tray not running" "not built yet" "$TARGET_WALL"
  emit_na 1 "hook wall, tray running" "not built yet" "< 10 ms"
  emit_na 1 "hook CPU user+sys" "not built yet" "$TARGET_CPU"
  emit_na 1 "hook peak RSS" "not built yet" "-"
fi
if ((peer)); then
  emit 1 "peer: hook wall, worker up" ms "$(fmt "$pw_med")" "$(fmt "$pw_min")" "$(fmt "$pw_max")" "$pw_n" - "(reference)" -
  emit 1 "peer: hook wall, worker down" ms "$(fmt "$pk_med")" "$(fmt "$pk_min")" "$(fmt "$pk_max")" "$pk_n" - "(reference)" -
  emit 1 "peer: hook CPU user+sys" ms "$(fmt "$pc_med")" "$(fmt "$pc_min")" "$(fmt "$pc_max")" "$pc_n" - "(reference)" -
  emit 1 "peer: peak RSS node $(fmt "$pn_med" 0) + bun $(fmt "$pb_med" 0)" MB "$(fmt "$pr_med" 1)" \
    "$(fmt "$pr_min" 1)" "$(fmt "$pr_max" 1)" "$pr_n" - "(reference)" -
else
  emit_na 1 "peer: hook wall, worker up" "peer not installed" "(reference)"
fi
