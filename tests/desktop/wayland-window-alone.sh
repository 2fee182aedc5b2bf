#!/usr/bin/env bash
# The window alone on a bare Wayland session (issue 17): sway, headless, with no
# panel, so no tray host at all. The real app must open its window with its
# menu bar; grim takes the screenshot, which must not be blank.
# With --waybar, waybar runs first and its tray module is the StatusNotifierItem
# host: the app's item must register there, titled "Observer Tray".
# usage: wayland-window-alone.sh [--waybar] OBSERVER_TRAY_BINARY SCREENSHOT_DIR
# sway refuses to run as root: as root this runs itself as an unprivileged
# test user (created once). Fails, never skips, when something cannot start.
set -u
waybar=
[[ ${1:-} == --waybar ]] && { waybar=--waybar; shift; }
app=$1 shots=$2
export PATH=$PATH:/usr/sbin:/sbin
for tool in sway swaymsg grim pnmtopng dbus-daemon runuser; do
  command -v "$tool" >/dev/null || { echo "wayland-window-alone: missing $tool (scripts/test.sh installs it)" >&2; exit 1; }
done
user=observer-tray-test
if [[ $(id -u) == 0 && -z ${OT_WAYLAND_INNER:-} ]]; then
  id "$user" >/dev/null 2>&1 || useradd --create-home --shell /usr/sbin/nologin "$user" || exit 1
  mkdir -p "$shots" && chmod 1777 "$shots"
  exec runuser -u "$user" -- env OT_WAYLAND_INNER=1 PATH=/usr/bin:/bin "$0" $waybar "$app" "$shots"
fi
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
wait_for() { for _ in $(seq "${2:-150}"); do eval "$1" && return 0; sleep 0.1; done; return 1; }
export HOME=$work/home XDG_RUNTIME_DIR=$work/run XDG_CONFIG_HOME=$work/home/.config
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
eval "$(dbus-daemon --session --fork --print-address=1 --print-pid=1 | {
  read -r address; read -r pid; echo "export DBUS_SESSION_BUS_ADDRESS='$address'; pids+=($pid)"; })"
printf 'output HEADLESS-1 resolution 1280x800\n' >"$work/sway.conf"
WLR_BACKENDS=headless WLR_LIBINPUT_NO_DEVICES=1 WLR_RENDERER=pixman sway -c "$work/sway.conf" >"$work/sway.log" 2>&1 & pids+=($!)
wait_for '[[ -S $XDG_RUNTIME_DIR/wayland-1 ]]' || { echo "wayland-window-alone: sway did not start" >&2; cat "$work/sway.log" >&2; exit 1; }
export WAYLAND_DISPLAY=wayland-1 QT_QPA_PLATFORM=wayland
wait_for 'compgen -G "$XDG_RUNTIME_DIR/sway-ipc.*.sock" >/dev/null' || { echo "wayland-window-alone: no sway IPC socket" >&2; exit 1; }
SWAYSOCK=$(compgen -G "$XDG_RUNTIME_DIR/sway-ipc.*.sock" | head -1)
export SWAYSOCK
if [[ -n $waybar ]]; then
  command -v waybar >/dev/null || { echo "wayland-window-alone: missing waybar" >&2; exit 1; }
  printf '{"layer":"top","position":"top","height":30,"modules-right":["tray","clock"],"tray":{"icon-size":22}}\n' >"$work/waybar.json"
  waybar -c "$work/waybar.json" >"$work/waybar.log" 2>&1 & pids+=($!)
  sni_host() {
    gdbus call --session --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher \
      --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher IsStatusNotifierHostRegistered \
      2>/dev/null | grep -q true
  }
  wait_for sni_host 200 || { echo "wayland-window-alone: waybar's tray did not come up" >&2; cat "$work/waybar.log" >&2; exit 1; }
fi
export OBSERVER_TRAY_DATA_DIR=$work/data OBSERVER_TRAY_CONFIG_DIR=$work/config OBSERVER_TRAY_RUNTIME_DIR=$work/rt
"$app" >"$work/app.log" 2>&1 & pids+=($!)
# The window is the app here: sway lists it (app_id from the desktop file name).
wait_for "swaymsg -t get_tree 2>/dev/null | grep -q 'io.github.observertray.ObserverTray'" 200 \
  || { echo "wayland-window-alone: no window appeared" >&2; cat "$work/app.log" >&2; exit 1; }
if [[ -n $waybar ]]; then
  items() {
    gdbus call --session --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher \
      --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher RegisteredStatusNotifierItems 2>/dev/null
  }
  wait_for "items | grep -q \"'\"" 100 || { echo "wayland-window-alone: no item registered with waybar" >&2; exit 1; }
  item=$(items | grep -o "'[^']*'" | head -1 | tr -d "'")
  service=${item%%/*} path=/${item#*/}
  [[ $item == */* ]] || path=/StatusNotifierItem
  title=$(gdbus call --session --dest "$service" --object-path "$path" \
    --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierItem Title)
  [[ $title == *"'Observer Tray'"* ]] || { echo "wayland-window-alone: item title is $title" >&2; exit 1; }
  echo "wayland-window-alone: waybar hosts the item, title $title"
fi
sleep 1 # let it paint (grim has nothing to wait on)
out=$shots/wayland-window-alone${waybar:+-waybar}.png
grim -t ppm "$work/shot.ppm" || exit 1
# Not blank: a window with text has many distinct colours (counted in the raw pixels).
colours=$(python3 -c "
import sys
d=open(sys.argv[1],'rb').read()
body=d.split(b'\\n',3)[3]
print(len(set(body[i:i+3] for i in range(0, len(body)-3, 3*7))))" "$work/shot.ppm")
[[ $colours -gt 16 ]] || { echo "wayland-window-alone: screenshot looks blank ($colours colours)" >&2; exit 1; }
pnmtopng "$work/shot.ppm" >"$out" || exit 1
echo "wayland-window-alone: $out ($colours colours)"
