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
else
  dir=$OT_BUILD
  fuzz=()
  command -v clang++ >/dev/null && fuzz=(-DOT_BUILD_FUZZERS=ON)
  build_project "$dir" -DCMAKE_BUILD_TYPE=Release "${fuzz[@]}"
fi
say "running tests"
cd "$dir"
ctest --output-on-failure --timeout 600 "${ctest_args[@]}"
