#!/usr/bin/env bash
# Installs the pinned real Claude Code CLI (tests/e2e/package.json + lockfile)
# into tests/e2e/node_modules for the end-to-end tests. Fast when present.
set -euo pipefail
cd "$(dirname "$0")"
want=$(sed -n 's/.*"@anthropic-ai\/claude-code": "\(.*\)".*/\1/p' package.json)
if [[ -x node_modules/.bin/claude ]] && node_modules/.bin/claude --version 2>/dev/null | grep -q "^$want "; then
  exit 0
fi
echo "==> installing Claude Code CLI $want for the end-to-end tests" >&2
npm ci --no-audit --no-fund --loglevel=error >/dev/null
node_modules/.bin/claude --version >/dev/null
