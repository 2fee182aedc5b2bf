#!/usr/bin/env bash
# Row 9: the memory server (observer-tray --mcp) at 1 M observations, over its
# pipes as Claude Code talks to it (bench/tools/mcp-bench.py): start to
# `initialize` answered, `search` for a word in about 10 % of the observations
# (the session's project, and every project), `get_observations` for 3 ids,
# and the bytes of that round trip against the SessionStart dump.
set -euo pipefail
source "$OT_ROOT/bench/lib/common.sh"
REPS=20
((OT_BENCH_QUICK)) && REPS=5
app=$(ot_app) || { emit_na 9 "MCP search at 1 M observations" "observer-tray not built" "< 20 ms"; exit 0; }
data=$(seeded_db 1000000)
db=$data/observer-tray.db
project=$(sqlite3 "$db" "SELECT project FROM observation_counts ORDER BY total DESC LIMIT 1")
total=$(sqlite3 "$db" "SELECT COUNT(*) FROM observations")
# The word whose document count is nearest 10 % of the observations.
word=$(sqlite3 "$db" "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'observations_fts', 'row');
  SELECT term FROM temp.v WHERE term GLOB '[a-z]*' ORDER BY abs(doc - $total / 10) LIMIT 1")
python3 "$OT_BENCH_TOOLS/mcp-bench.py" "$app" "$data" "$project" "$word" "$REPS" >"$OT_BENCH_WORK/mcp.tsv"
row() { # METRIC LABEL TARGET LIMIT DECIMALS
  read -r med min max n < <(awk -F'\t' -v m="$1" '$1 == m { print $2 }' "$OT_BENCH_WORK/mcp.tsv" | stats)
  emit 9 "$2" ms "$(fmt "$med" "$5")" "$(fmt "$min" "$5")" "$(fmt "$max" "$5")" "$n" - "$3" "$(yesno le "$med" "$4")"
}
bytes() { awk -F'\t' -v m="$1" '$1 == m { print $2 }' "$OT_BENCH_WORK/mcp.tsv"; }
row start_to_initialize "MCP server start to initialize answered" "< 100 ms" 100 1
row search_project "MCP search \"$word\" (~10 %), session's project" "< 20 ms" 20 2
row search_all "MCP search \"$word\" (~10 %), every project" "< 20 ms" 20 2
row get_observations_3 "MCP get_observations, 3 ids" "< 20 ms" 20 2
round=$(($(bytes bytes_search) + $(bytes bytes_get_3)))
emit 9 "bytes: search + get_observations(3) vs SessionStart dump" bytes "$round vs $(bytes bytes_session_start)" - - 1 - - -
