#!/bin/sh
# Removes what install.sh put under ~/.local. Your workspace, backups,
# quarantine and Airlock's settings and records are kept.
set -eu
bin="$HOME/.local/bin"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
case "$data" in /*) ;; *) data="$HOME/.local/share" ;; esac
id=org.airlock.Airlock

rm -f "$bin/airlock" "$data/applications/$id.desktop"
rm -f "$data"/icons/hicolor/*/apps/"$id".png "$data/icons/hicolor/scalable/apps/$id.svg"
rm -f "$data"/man/man1/airlock.1 "$data"/man/man1/airlock-*.1
touch "$data/icons/hicolor" 2>/dev/null || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" 2>/dev/null || true

echo "Airlock is uninstalled. Your workspace, backups and settings are still there."
