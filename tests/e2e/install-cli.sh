#!/usr/bin/env bash
# Installs the real Claude Code CLIs for the end-to-end tests. Fast when present.
# - The default (newest pinned) one, tests/e2e/package.json + lockfile, into
#   tests/e2e/node_modules.
# - Each older one of the version matrix, tests/e2e/clis/V/package.json +
#   lockfile, into a cache outside the clone:
#   ${OT_CLI_CACHE:-$HOME/.cache/observer-tray/clis}/V/node_modules/.bin/claude
#   (TestEnv::realClaude(V) finds it there). Skipped when V is already there.
set -euo pipefail
cd "$(dirname "$0")"
want=$(sed -n 's/.*"@anthropic-ai\/claude-code": "\(.*\)".*/\1/p' package.json)
if ! { [[ -x node_modules/.bin/claude ]] && node_modules/.bin/claude --version 2>/dev/null | grep -q "^$want "; }; then
  echo "==> installing Claude Code CLI $want for the end-to-end tests" >&2
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
  node_modules/.bin/claude --version >/dev/null
fi

# The installed version, read from its package.json: running an old CLI, even
# for --version, writes ~/.claude.json into the real home.
installed_version() {
  sed -n 's/^ *"version": "\(.*\)".*/\1/p' "$1/node_modules/@anthropic-ai/claude-code/package.json" 2>/dev/null | head -1
}

cache=${OT_CLI_CACHE:-$HOME/.cache/observer-tray/clis}
for dir in clis/*/; do
  v=$(basename "$dir")
  target=$cache/$v
  if [[ -x $target/node_modules/.bin/claude && $(installed_version "$target") == "$v" ]]; then
    continue
  fi
  echo "==> installing Claude Code CLI $v into $target" >&2
  mkdir -p "$target"
  cp "$dir/package.json" "$dir/package-lock.json" "$target/"
  (cd "$target" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  if [[ ! -x $target/node_modules/.bin/claude || $(installed_version "$target") != "$v" ]]; then
    echo "install-cli.sh: Claude Code $v did not install into $target" >&2
    exit 1
  fi
done
