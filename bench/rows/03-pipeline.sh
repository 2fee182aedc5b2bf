#!/usr/bin/env bash
# Row 3: pipeline overhead. NEEDS THE PIPELINE (the Scheduler is not on main
# yet): until then this row prints n/a.
#
# To complete (lead): with the Scheduler on main,
#  (a) throughput: seed the queue with N = 5,000 post-tool-use events (run the
#      hook, or EventQueue::enqueue from a small program), point the observer
#      at an instant fake observer (a script that answers every stream-json
#      user message at once with one canned observation: only our code is
#      measured), run `observer-tray --drain --data-dir D` under /usr/bin/time
#      and report N / wall time = events per second from queue to stored
#      observation (count rows in `observations` = N, zero lost);
#  (b) latency: with the tray running (`--headless` is enough), run the hook
#      once and time from the hook's exit to the fake observer receiving the
#      event (the fake writes a CLOCK_REALTIME timestamp on receipt; the row
#      takes one just after the hook returns). Median over 50 events.
#      Target: < 20 ms, and no polling (row 4's wake-ups stay at 0).
set -euo pipefail
source "$OT_ROOT/bench/lib/common.sh"
emit_na 3 "queue to stored observation, instant fake observer" "needs the pipeline" "(events/s)"
emit_na 3 "hook exit to observer receiving the event" "needs the pipeline" "< 20 ms, no polling"
