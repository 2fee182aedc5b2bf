# Shared by run.sh, test.sh and bench.sh. Sourced, not run.
# shellcheck shell=bash

OT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OT_BUILD=${OT_BUILD:-$OT_ROOT/build}

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# ensure_packages TAG... : installs the packages of scripts/packages.txt with
# those tags that are not installed yet. Skips apt entirely when none is missing.
ensure_packages() {
  local tags=" $* " missing=() tag pkg
  while read -r tag pkg; do
    [[ -z $tag || $tag == \#* ]] && continue
    [[ $tags == *" $tag "* ]] || continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done < "$OT_ROOT/scripts/packages.txt"
  # npm comes with nodejs on some setups and as its own package on Debian.
  if [[ $tags == *" test "* ]] && ! command -v npm >/dev/null; then missing+=(npm); fi
  ((${#missing[@]})) || return 0
  say "installing missing packages: ${missing[*]}"
  local sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  # A stale package list makes installs fail with 404s: refresh once, then install.
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build_project BUILD_DIR [cmake args...]: configures once, builds incrementally.
build_project() {
  local dir=$1; shift
  if [[ ! -f $dir/build.ninja ]]; then
    say "configuring $dir"
    cmake -S "$OT_ROOT" -B "$dir" -G Ninja "$@" >/dev/null
  fi
  say "building $dir"
  cmake --build "$dir" --parallel "$(nproc)"
}
