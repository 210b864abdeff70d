#!/bin/sh
# Installs Airlock for you alone, under ~/.local: no administrator
# password needed. Run it from the unpacked folder (double-click and
# "Run", or `sh install.sh`). uninstall.sh takes it out again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin="$HOME/.local/bin"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
case "$data" in /*) ;; *) data="$HOME/.local/share" ;; esac
id=org.airlock.Airlock

program="$bin/airlock"
case "$program" in
  *'
'*) echo "Airlock cannot be installed in a folder whose name has a line break: $bin" >&2; exit 1 ;;
esac
# The desktop entry's Exec line: quoted if the path needs it, with the
# escapes the Desktop Entry Specification asks for.
case "$program" in
  *[!A-Za-z0-9/._+-]*)
    exec_line="\"$(printf '%s' "$program" | sed -e 's/[\\"`$]/\\&/g' -e 's/%/%%/g' -e 's/\\/\\\\/g')\"" ;;
  *) exec_line="$program" ;;
esac

mkdir -p "$bin" "$data/applications" "$data/man/man1"
cp "$here/airlock" "$bin/airlock.new"
chmod 755 "$bin/airlock.new"
mv -f "$bin/airlock.new" "$bin/airlock"
for icon in "$here"/icons/hicolor/*/apps/*; do
  size_dir=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$data/icons/hicolor/$size_dir/apps"
  cp "$icon" "$data/icons/hicolor/$size_dir/apps/"
done
for page in "$here"/man/*.1; do
  cp "$page" "$data/man/man1/"
done
# sed's replacement needs its own escapes for \ & and the | delimiter.
replacement=$(printf '%s' "$exec_line" | sed -e 's/[\\&|]/\\&/g')
sed "s|^Exec=.*|Exec=$replacement|" "$here/$id.desktop" > "$data/applications/$id.desktop"
chmod 644 "$data/applications/$id.desktop"
# Menus notice new entries by themselves; these refresh caches where kept.
touch "$data/icons/hicolor" 2>/dev/null || true
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" 2>/dev/null || true

echo "Airlock is installed. Start it from your applications menu (it may take a moment to appear)."
case ":$PATH:" in
  *":$bin:"*) echo "In a terminal, type: airlock" ;;
  *) echo "In a terminal, type: $bin/airlock" ;;
esac
