#!/usr/bin/env bash
# Installs what is missing, builds, runs the whole suite. Non-zero on any failure.
#   scripts/test.sh              the suite (Release build in build/)
#   scripts/test.sh --sanitize   the suite built with ASan + UBSan in build-sanitize/
#   scripts/test.sh -R NAME      only tests matching NAME (passed to ctest)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
sanitize=0
ctest_args=()
while (($#)); do
  case $1 in
    --sanitize) sanitize=1; shift ;;
    *) ctest_args+=("$1"); shift ;;
  esac
done
ensure_packages build test
if [[ -x $OT_ROOT/tests/e2e/install-cli.sh ]]; then "$OT_ROOT/tests/e2e/install-cli.sh"; fi
if ((sanitize)); then
  dir=$OT_ROOT/build-sanitize
  build_project "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOT_SANITIZE=ON
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  # The older CLIs of the version matrix run in the plain suite only.
  ctest_args+=(-LE oldcli)
else
  dir=$OT_BUILD
  build_project "$dir" -DCMAKE_BUILD_TYPE=Release
fi
say "running tests"
# In parallel: each test has its own sandboxed home, free loopback ports and
# its own X display (-displayfd), so none waits for another.
(cd "$dir" && ctest --output-on-failure --timeout 600 --parallel "$(nproc)" "${ctest_args[@]}")

# Fuzzing (clang + libFuzzer): each target for OT_FUZZ_SECONDS over the corpus
# in tests/fuzz/corpus/; a crash fails the suite. Skipped with -R or --sanitize.
if ((!sanitize)) && ((${#ctest_args[@]} == 0)) && command -v clang++ >/dev/null; then
  fuzz_dir=$OT_ROOT/build-fuzz
  if [[ ! -f $fuzz_dir/build.ninja ]]; then
    say "configuring $fuzz_dir"
    cmake -S "$OT_ROOT" -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
      -DCMAKE_CXX_COMPILER=clang++ -DOT_BUILD_FUZZERS=ON -DOT_BUILD_TESTS=OFF >/dev/null
  fi
  say "building fuzzers"
  cmake --build "$fuzz_dir" --parallel "$(nproc)" --target fuzzers
  # The list is CMake's (tests/fuzz/CMakeLists.txt), rewritten by the build above when it changes.
  mapfile -t targets < "$fuzz_dir/tests/fuzz/fuzz-targets.txt"
  if ((${#targets[@]} == 0)); then
    echo "FUZZ FAILURE: no fuzz targets listed in $fuzz_dir/tests/fuzz/fuzz-targets.txt" >&2
    exit 1
  fi
  for t in "${targets[@]}"; do
    out=$(mktemp -d)
    say "fuzzing $t for ${OT_FUZZ_SECONDS:-30} s"
    if ! ASAN_OPTIONS=detect_leaks=0 "$fuzz_dir/tests/fuzz/fuzz_$t" -max_total_time="${OT_FUZZ_SECONDS:-30}" \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$OT_ROOT/build-fuzz/crash-$t-" \
        "$out" "$OT_ROOT/tests/fuzz/corpus/$t" > "$fuzz_dir/fuzz-$t.log" 2>&1; then
      tail -40 "$fuzz_dir/fuzz-$t.log" >&2
      echo "FUZZ FAILURE in $t: the crashing input is in build-fuzz/crash-$t-*" >&2
      exit 1
    fi
    grep -E 'stat::number_of_executed_units' "$fuzz_dir/fuzz-$t.log" | sed "s/^/  $t: /" >&2 || true
    rm -rf "$out"
  done
fi
