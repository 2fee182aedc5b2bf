#!/bin/sh
# `cmake --install` into a fresh prefix puts every file where desktops look.
set -eu
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in bin/observer-tray bin/observer-tray-hook \
         share/applications/io.github.observertray.ObserverTray.desktop \
         share/metainfo/io.github.observertray.ObserverTray.metainfo.xml \
         share/icons/hicolor/scalable/apps/observer-tray.svg; do
  [ -e "$prefix/$f" ] || { echo "missing after install: $f" >&2; exit 1; }
done
"$prefix/bin/observer-tray" --version >/dev/null
echo "installed into $prefix: ok"
