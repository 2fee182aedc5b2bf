#!/usr/bin/env bash
# Runs a command the way a person's desktop would: a fresh virtual X display,
# a window manager (openbox) and a real system tray host (trayer).
# usage: with-tray-host.sh COMMAND [ARGS...]
set -u
for tool in Xvfb openbox trayer xwininfo xprop; do
  command -v "$tool" >/dev/null || { echo "with-tray-host: missing $tool (scripts/test.sh installs it)" >&2; exit 1; }
done
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
wait_for() { # condition, tries: waits on a condition, bounded
  for _ in $(seq "${2:-100}"); do eval "$1" && return 0; sleep 0.1; done; return 1
}
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null & pids+=($!)
wait_for '[[ -s $work/display ]]' || { echo "with-tray-host: Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$(cat "$work/display")
# On a loaded machine openbox can lose a race with the fresh display and exit:
# start it again (three tries) rather than fail the test.
wm_up() { xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; }
for _ in 1 2 3; do
  openbox >/dev/null 2>&1 & pids+=($!)
  wait_for wm_up 150 && break
  kill "${pids[-1]}" 2>/dev/null
done
wm_up || { echo "with-tray-host: no window manager came up" >&2; exit 1; }
trayer --edge top --align right --widthtype request --height 32 --SetDockType true --expand false >/dev/null 2>&1 & pids+=($!)
wait_for "xwininfo -root -tree | grep -q '(\"panel\" \"trayer\")'" || { echo "with-tray-host: no tray host came up" >&2; exit 1; }
export QT_QPA_PLATFORM=xcb
"$@"
