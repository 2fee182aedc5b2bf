#!/usr/bin/env bash
# Installs what is missing, builds a Release build in build/, starts the tray app.
# Arguments are passed to observer-tray (e.g. --data-dir DIR, --status).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
ensure_packages build
build_project "$OT_BUILD" -DCMAKE_BUILD_TYPE=Release
say "starting observer-tray"
exec "$OT_BUILD/app/gui/observer-tray" "$@"
