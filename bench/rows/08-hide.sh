#!/usr/bin/env bash
# Row 8: scan and hide observer transcripts at 20,000 transcripts (the corpus
# of the hide issue). The hide branch brings its own benchmark program; this
# row calls it. Until it is on main, n/a.
set -euo pipefail
source "$OT_ROOT/bench/lib/common.sh"
prog=$(find "$OT_BENCH_BUILD" -type f -perm -u+x \( -name '*bench*hide*' -o -name '*hide*bench*' \) 2>/dev/null | head -1)
if [[ -z $prog ]]; then
  emit_na 8 "scan and hide, 20,000 transcripts" "not built yet" "< 1 s"
  exit 0
fi
log "running $prog"
"$prog" >&2
emit_na 8 "scan and hide, 20,000 transcripts" "program found: $(basename "$prog"), row to be wired" "< 1 s"
