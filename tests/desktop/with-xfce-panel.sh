#!/usr/bin/env bash
# A real X11 desktop panel for a test: Xvfb, openbox, a private session bus and
# xfce4-panel, whose systray plugin hosts both XEmbed icons and
# StatusNotifierItems (it is the org.kde.StatusNotifierWatcher).
# usage: with-xfce-panel.sh COMMAND [ARGS...]
# A host that cannot start fails the test (exit 1), also under CI=true: never a skip.
set -u
for tool in Xvfb openbox xfce4-panel dbus-daemon xprop gdbus; do
  command -v "$tool" >/dev/null || { echo "with-xfce-panel: missing $tool (scripts/test.sh installs it)" >&2; exit 1; }
done
work=$(mktemp -d)
[[ -n ${XDG_RUNTIME_DIR:-} ]] && mkdir -p -m 700 "$XDG_RUNTIME_DIR"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
wait_for() { for _ in $(seq "${2:-150}"); do eval "$1" && return 0; sleep 0.1; done; return 1; }

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null & pids+=($!)
wait_for '[[ -s $work/display ]]' || { echo "with-xfce-panel: Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$(cat "$work/display")
eval "$(dbus-daemon --session --fork --print-address=1 --print-pid=1 | {
  read -r address; read -r pid; echo "export DBUS_SESSION_BUS_ADDRESS='$address'; pids+=($pid)"; })"
openbox >/dev/null 2>&1 & pids+=($!)
wait_for "xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'" || { echo "no window manager" >&2; exit 1; }
# The panel's stock layout (with its systray) instead of the first-start question.
export XDG_CONFIG_HOME=$work/config
mkdir -p "$XDG_CONFIG_HOME/xfce4/xfconf/xfce-perchannel-xml"
cp /etc/xdg/xfce4/panel/default.xml "$XDG_CONFIG_HOME/xfce4/xfconf/xfce-perchannel-xml/xfce4-panel.xml"
xfce4-panel >"$work/panel.log" 2>&1 & pids+=($!)
export OT_PANEL_PID=$! # a test may stop the panel, as a person whose panel crashes
sni_host() {
  gdbus call --session --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher \
    --method org.freedesktop.DBus.Properties.Get org.kde.StatusNotifierWatcher IsStatusNotifierHostRegistered \
    2>/dev/null | grep -q true
}
wait_for sni_host 300 || { echo "with-xfce-panel: no StatusNotifierItem host came up" >&2; cat "$work/panel.log" >&2; exit 1; }
export QT_QPA_PLATFORM=xcb
"$@"
