#!/usr/bin/env bash
# Row 6: the counts the tooltip shows (ObservationStore::counts) and search
# box queries (ObservationStore::search: FTS5, first page of 100, newest first)
# at 1 M observations, in-process with Google Benchmark (bench/bench_store.cpp).
# The query words are picked by how many observations contain them.
set -euo pipefail
source "$OT_ROOT/bench/lib/common.sh"
REPS=10
((OT_BENCH_QUICK)) && REPS=3
data=$(seeded_db 1000000)
OT_BENCH_DB=$data/observer-tray.db "$OT_BENCH_BIN/bench_store" --benchmark_repetitions="$REPS" \
  --benchmark_min_time=0.2 --benchmark_out="$OT_BENCH_WORK/store.json" --benchmark_out_format=json >&2
while IFS=$'\t' read -r name med min max n; do
  # Names: counts/real_time, search_10pct/<word>/docs:<n>/real_time
  IFS=/ read -r kind word docs _ <<<"$name"
  case $kind in
    counts) emit 6 "tooltip counts, 1 M observations" ms "$(fmt "$med" 3)" "$(fmt "$min" 3)" "$(fmt "$max" 3)" "$n" - "< 5 ms" "$(yesno le "$med" 5)" ;;
    project_newest) emit 6 "newest 5 of the biggest project (${docs#docs:} observations)" ms "$(fmt "$med" 3)" "$(fmt "$min" 3)" "$(fmt "$max" 3)" "$n" - "< 5 ms" "$(yesno le "$med" 5)" ;;
    search_two_words) emit 6 "search \"$word\" (two words)" ms "$(fmt "$med")" "$(fmt "$min")" "$(fmt "$max")" "$n" - "< 50 ms" "$(yesno le "$med" 50)" ;;
    search_*) emit 6 "search \"$word\" (${docs#docs:} matches)" ms "$(fmt "$med")" "$(fmt "$min")" "$(fmt "$max")" "$n" - "< 50 ms" "$(yesno le "$med" 50)" ;;
  esac
done < <(python3 "$OT_BENCH_TOOLS/gbench.py" "$OT_BENCH_WORK/store.json")
