#!/usr/bin/env bash
# Row 7: what observing costs where the user pays, at the API: the real CLI
# (pinned) against the loopback stand-in, which counts calls and request bytes,
# over one long session of events arriving one by one (tests/e2e/tst_observer_cost).
set -euo pipefail
source "$OT_ROOT/bench/lib/common.sh"
prog=$OT_ROOT/build/tests/e2e/tst_observer_cost
if [[ ! -x $prog && -f $OT_ROOT/build/build.ninja ]]; then
  cmake --build "$OT_ROOT/build" --target tst_observer_cost >&2
fi
if [[ ! -x $prog ]]; then
  emit_na 7 "API calls per tool event, real CLI" "run scripts/test.sh once to build it" "<= 1 (peer: 1)"
  exit 0
fi
events=$([[ ${OT_BENCH_QUICK:-0} == 1 ]] && echo 200 || echo 500)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
out=$(HOME=$home OBSERVER_TRAY_DATA_DIR=$home/data OBSERVER_TRAY_CONFIG_DIR=$home/config QTEST_FUNCTION_TIMEOUT=900000 \
      OT_COST_EVENTS=$events "$prog" 2>&1)
log "$(grep -E 'QINFO|FAIL' <<<"$out")"
line=$(grep -o 'calls: [0-9]* for [0-9]* events.*' <<<"$out" || true)
if [[ -z $line ]]; then
  emit_na 7 "API calls per tool event, real CLI" "test failed, see the log" "<= 1 (peer: 1)"
  exit 0
fi
calls=$(sed -n 's/calls: \([0-9]*\) for.*/\1/p' <<<"$line")
early=$(sed -n 's/.*events 10-19: \([0-9]*\),.*/\1/p' <<<"$line")
late=$(sed -n 's/.*last 10: \([0-9]*\),.*/\1/p' <<<"$line")
emit 7 "API calls per tool event, $events events, real CLI" calls "$(fmt "$(awk -v c="$calls" -v e="$events" 'BEGIN{print c/e}')" 2)" \
  - - 1 "- (peer: 1)" "<= 1 (peer: 1)" "$(yesno le "$calls" "$events")"
emit 7 "request bytes per event, events 10-19 vs last 10" bytes "$early -> $late" - - 1 "- (peer: grows)" "flat" \
  "$(yesno le "$late" "$(awk -v e="$early" 'BEGIN{print e*1.25}')")"
