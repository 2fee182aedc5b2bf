#!/usr/bin/env bash
# Benchmarks: installs what is missing, builds Release with the benchmark
# programs in build-bench/, runs every row in bench/rows/, prints one table and
# writes it to bench/results/latest.md with the machine and the versions.
#   scripts/bench.sh                every row (about 15 minutes)
#   scripts/bench.sh --quick        fewer repetitions: a smoke run
#   scripts/bench.sh --rows 1,6     only these rows
# Logs of each row: build-bench/bench-logs/. Kept between runs (delete to
# redo): build-bench/bench-cache/ (seeded databases) and the peer's install
# folder in /tmp (see bench/peer/claude-mem.sh).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
quick=0
only=""
while (($#)); do
  case $1 in
    --quick) quick=1; shift ;;
    --rows) only=",$2,"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done
started=$(date +%s)
ensure_packages build test bench
# The pinned real CLI (row 7 runs it against the loopback stand-in).
if [[ -x $OT_ROOT/tests/e2e/install-cli.sh ]]; then "$OT_ROOT/tests/e2e/install-cli.sh" >&2 || true; fi
BUILD=$OT_ROOT/build-bench
build_project "$BUILD" -DCMAKE_BUILD_TYPE=Release -DOT_BUILD_BENCHMARKS=ON -DOT_BUILD_TESTS=OFF

export OT_ROOT OT_BENCH_BUILD=$BUILD OT_BENCH_QUICK=$quick
export OT_BENCH_CACHE=$BUILD/bench-cache
mkdir -p "$OT_BENCH_CACHE" "$BUILD/bench-logs" "$OT_ROOT/bench/results"
work=$(mktemp -d /tmp/ot-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export OT_BENCH_RESULTS=$work/results.tsv
: >"$OT_BENCH_RESULTS"

for script in "$OT_ROOT"/bench/rows/[0-9][0-9]-*.sh; do
  name=$(basename "$script" .sh)
  row=$((10#${name%%-*}))
  [[ -z $only || $only == *",$row,"* ]] || continue
  say "row $row: $name"
  export OT_BENCH_WORK=$work/$name
  mkdir -p "$OT_BENCH_WORK"
  before=$(wc -l <"$OT_BENCH_RESULTS")
  # A row that fails or hangs costs its own line, not the whole run.
  if ! timeout --kill-after=10 900 "$script" >"$BUILD/bench-logs/$name.log" 2>&1; then
    tail -5 "$BUILD/bench-logs/$name.log" >&2
    printf '%s\t%s\t-\terror: see build-bench/bench-logs/%s.log\t-\t-\t-\t-\t-\tno\n' "$row" "$name" "$name" >>"$OT_BENCH_RESULTS"
  elif (($(wc -l <"$OT_BENCH_RESULTS") == before)); then
    printf '%s\t%s\t-\tno figures: see build-bench/bench-logs/%s.log\t-\t-\t-\t-\t-\tno\n' "$row" "$name" "$name" >>"$OT_BENCH_RESULTS"
  fi
  rm -rf "$OT_BENCH_WORK"
done

# The machine and the versions the figures belong to.
source "$OT_ROOT/bench/lib/common.sh"
source "$OT_ROOT/bench/peer/claude-mem.sh"
ver() { "$@" 2>/dev/null | head -1 || echo unknown; }
cli=$OT_ROOT/tests/e2e/node_modules/.bin/claude
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$OT_ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  args=$( ((quick)) && echo " --quick" || true)${only:+ --rows $(echo "${only:1:-1}")}
  echo "command: scripts/bench.sh$args, $(($(date +%s) - started)) s"
  echo "machine: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "versions: Qt $(dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo '?'), SQLite $(ver sqlite3 --version | cut -d' ' -f1), $(ver g++ --version | sed 's/^g++ (Debian [^)]*) /g++ /'), Google Benchmark $(dpkg-query -W -f='${Version}' libbenchmark-dev 2>/dev/null || echo '?'), $(ver hyperfine --version)"
  echo "peer and tools: $( [[ -f $PEER_DIR/.complete ]] && peer_versions || echo 'claude-mem not installed'), node $(ver node --version), claude CLI $( [[ -x $cli ]] && ver "$cli" --version || echo 'not installed')"
} >"$work/info.txt"
say "results"
python3 "$OT_ROOT/bench/tools/table.py" "$OT_BENCH_RESULTS" "$work/info.txt" "$OT_ROOT/bench/results/latest.md"
sed 's/^/  /' "$work/info.txt"
echo "written to bench/results/latest.md"
