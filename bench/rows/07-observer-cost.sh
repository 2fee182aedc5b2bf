#!/usr/bin/env bash
# Row 7: what observing costs in API calls and request bytes. NEEDS THE
# PIPELINE (the Scheduler is not on main yet): until then this row prints n/a.
#
# To complete (lead): start tests/support's MessagesApiStandIn on 127.0.0.1
# (it counts POST /v1/messages and their body bytes), give the observer the
# pinned real CLI (tests/e2e/node_modules/.bin/claude) with a credentials file
# in a temp config dir and ANTHROPIC_BASE_URL pointed at the stand-in, queue
# 500 post-tool-use events of one session (the hook, 10 KB payloads from
# bench/tools/hook-payload.py), run `observer-tray --drain`, then report:
#   calls per event = calls / 500                    (target <= 1)
#   request bytes per event, events 10..500, as the slope of bytes per call
#   over the event index: flat means the conversation does not grow (target).
# Beside it, the peer's design figure: one call per event, each call re-sending
# the whole conversation so far (bytes per call grow linearly with the index).
set -euo pipefail
source "$OT_ROOT/bench/lib/common.sh"
emit_na 7 "API calls per tool event, 500 events, real CLI" "needs the pipeline" "<= 1 (peer: 1)"
emit_na 7 "request bytes per event, events 10..500" "needs the pipeline" "flat (peer: grows)"
