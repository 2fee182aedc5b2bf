# The peer, claude-mem, installed from npm into a temporary folder outside the
# repository and run exactly as its hooks.json tells Claude Code to. Sourced by
# the rows that compare with it. Needs bench/lib/common.sh.
# shellcheck shell=bash
#
# Pinned so the figures compare over time; override to measure another:
#   OT_BENCH_PEER_VERSION (claude-mem, default 13.25.3)
#   OT_BENCH_BUN_VERSION  (bun from npm, the runtime its hooks start; 1.4.5)
#   OT_BENCH_PEER_DIR     (install folder; default /tmp/observer-tray-bench-peer-…)
# Network: npm's registry during the install only. The worker listens on
# 127.0.0.1; telemetry is off (DO_NOT_TRACK, CLAUDE_MEM_TELEMETRY), Chroma
# (which would fetch Python packages) is off, and CLAUDE_CODE_PATH points at a
# file that does not exist, so events queue and no observer is ever spawned.

PEER_VERSION=${OT_BENCH_PEER_VERSION:-13.25.3}
PEER_BUN_VERSION=${OT_BENCH_BUN_VERSION:-1.4.5}
PEER_DIR=${OT_BENCH_PEER_DIR:-/tmp/observer-tray-bench-peer-$PEER_VERSION-bun$PEER_BUN_VERSION}
PEER_PLUGIN=$PEER_DIR/node_modules/claude-mem/plugin
PEER_BIN=$PEER_DIR/node_modules/.bin

# peer_install: once; later runs reuse the folder (delete it to reinstall).
peer_install() {
  [[ -f $PEER_DIR/.complete ]] && return 0
  case $PEER_DIR in "$OT_ROOT"/*) echo "OT_BENCH_PEER_DIR must be outside the repository" >&2; return 1 ;; esac
  command -v npm >/dev/null || { echo "npm is missing (Debian package npm)" >&2; return 1; }
  log "installing claude-mem@$PEER_VERSION and bun@$PEER_BUN_VERSION from npm into $PEER_DIR"
  rm -rf "$PEER_DIR"
  mkdir -p "$PEER_DIR"
  echo '{"private": true}' >"$PEER_DIR/package.json"
  # --legacy-peer-deps: better-auth lists every web framework as an optional
  # peer; resolving them all takes npm many minutes and installs nothing used.
  (cd "$PEER_DIR" && npm install --no-audit --no-fund --legacy-peer-deps \
    "claude-mem@$PEER_VERSION" "bun@$PEER_BUN_VERSION" >&2) || return 1
  [[ -f $PEER_PLUGIN/hooks/hooks.json && -x $PEER_BIN/bun ]] || { echo "claude-mem's hooks.json or bun missing" >&2; return 1; }
  "$PEER_BIN/bun" --version >/dev/null || return 1
  touch "$PEER_DIR/.complete"
}

peer_versions() {
  printf 'claude-mem %s (bun %s)' "$(node -p "require('$PEER_DIR/node_modules/claude-mem/package.json').version" 2>/dev/null)" \
    "$("$PEER_BIN/bun" --version 2>/dev/null)"
}

# peer_hook_command EVENT [INDEX]: the command string hooks.json gives Claude
# Code for that event (after checking that it is meant for bash).
peer_hook_command() {
  python3 - "$PEER_PLUGIN/hooks/hooks.json" "$1" "${2:-0}" <<'PY'
import json, sys
hooks = json.load(open(sys.argv[1]))["hooks"][sys.argv[2]][0]["hooks"]
h = hooks[int(sys.argv[3])]
assert h.get("type") == "command" and h.get("shell", "bash") == "bash", h
print(h["command"])
PY
}

# peer_setup HOME: the plugin where Claude Code's plugin manager puts it
# (its hooks and its worker look there), the settings a user would have, and a
# loopback port. Sets PEER_HOME, PEER_PORT and PEER_ENV: the clean environment
# plus CLAUDE_PLUGIN_ROOT, which Claude Code sets for a plugin's hooks.
peer_setup() {
  PEER_HOME=$1
  PEER_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  local installed=$PEER_HOME/.claude/plugins/cache/thedotmack/claude-mem/$PEER_VERSION
  mkdir -p "$PEER_HOME/.claude-mem" "$(dirname "$installed")"
  ln -sfn "$PEER_PLUGIN" "$installed"
  cat >"$PEER_HOME/.claude-mem/settings.json" <<JSON
{"CLAUDE_CODE_PATH": "$PEER_HOME/no-such-claude", "CLAUDE_MEM_CHROMA_ENABLED": "false",
 "CLAUDE_MEM_WORKER_HOST": "127.0.0.1", "CLAUDE_MEM_WORKER_PORT": "$PEER_PORT", "CLAUDE_MEM_TELEMETRY": "false"}
JSON
  PEER_ENV=(env -i "HOME=$PEER_HOME" "PATH=$PEER_BIN:/usr/local/bin:/usr/bin:/bin" "LANG=C.UTF-8"
    "CLAUDE_PLUGIN_ROOT=$installed" "DO_NOT_TRACK=1")
}

peer_worker_up() { (exec 3<>"/dev/tcp/127.0.0.1/$PEER_PORT") 2>/dev/null; }

# peer_start_worker: what Claude Code runs at SessionStart (hooks.json's first
# SessionStart command), then waits until the port answers.
peer_start_worker() {
  local cmd i
  cmd=$(peer_hook_command SessionStart 0)
  "${PEER_ENV[@]}" bash -c "$cmd" </dev/null >&2 || return 1
  for i in $(seq 200); do peer_worker_up && return 0; sleep 0.05; done
  echo "claude-mem's worker did not come up on 127.0.0.1:$PEER_PORT" >&2
  return 1
}

# Every process running from the peer's install folder or its HOME (ours
# alone: both are private to this benchmark).
peer_pids() {
  local p cmd
  for p in /proc/[0-9]*; do
    cmd=$(tr '\0' ' ' <"$p/cmdline" 2>/dev/null) || continue
    [[ $cmd == *"$PEER_DIR/"* || $cmd == *"$PEER_HOME/"* ]] && echo "${p#/proc/}"
  done
  return 0
}

# peer_stop_worker: the worker's own stop command, then make sure nothing of
# the peer is left running.
peer_stop_worker() {
  [[ -n ${PEER_HOME:-} && -f $PEER_PLUGIN/scripts/bun-runner.js ]] || return 0
  "${PEER_ENV[@]}" node "$PEER_PLUGIN/scripts/bun-runner.js" "$PEER_PLUGIN/scripts/worker-service.cjs" stop \
    </dev/null >/dev/null 2>&1 || true
  local i pids
  for i in $(seq 40); do
    pids=$(peer_pids)
    [[ -z $pids ]] && return 0
    sleep 0.05
  done
  log "killing leftover peer processes: $pids"
  # shellcheck disable=SC2086
  kill $pids 2>/dev/null || true
  sleep 0.5
  pids=$(peer_pids)
  # shellcheck disable=SC2086
  [[ -z $pids ]] || kill -9 $pids 2>/dev/null || true
  return 0
}
