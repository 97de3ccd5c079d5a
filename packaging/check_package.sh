#!/usr/bin/env bash
# check_package.sh BUILD_DIR
# Builds the Debian package with CPack, unpacks it into a clean prefix, runs the installed program
# (--version, info and a headless export of the installed bundled project, found relative to the
# installed binary), validates the desktop entry and AppStream metainfo, and runs lintian: no errors.
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/corridor-atlas_*_amd64.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
dpkg-deb -x "$deb" "$work/root"
prefix="$work/root/usr"
bin="$prefix/bin/corridor-atlas"

"$bin" --version | tee "$work/version.txt"
head -1 "$work/version.txt" | grep -qE '^corridor-atlas [0-9]+\.[0-9]+\.[0-9]+$'
env -u CORRIDOR_ATLAS_DATA "$bin" info "$prefix/share/corridor-atlas/corridor.gpkg" | grep "gas_pipelines" >/dev/null
# No project argument: the installed binary must find ../share/corridor-atlas/corridor.gpkg itself.
(cd "$work" && env -u CORRIDOR_ATLAS_DATA QT_QPA_PLATFORM=offscreen "$bin" export --out "$work/installed.png" --size 480x320)
test -s "$work/installed.png"
echo "headless export from the installed bundle: ok"
# The translations are compiled into the binary: the installed program speaks Serbian on request.
"$bin" --lang sr --help | grep -q 'Употреба'
"$bin" --lang az --help | grep -q 'İstifadə'
echo "installed translations: ok"

desktop-file-validate "$prefix/share/applications/corridor-atlas.desktop"
appstreamcli validate --no-net "$prefix/share/metainfo/org.corridoratlas.CorridorAtlas.metainfo.xml"
for size in 16 24 32 48 64 128 256; do test -s "$prefix/share/icons/hicolor/${size}x${size}/apps/corridor-atlas.png"; done
zcat "$prefix/share/man/man1/corridor-atlas.1.gz" | grep '^.TH CORRIDOR-ATLAS 1' >/dev/null

lintian --fail-on error "$deb" 2>&1 | tee "$work/lintian.txt"
echo "lintian: $(grep -c '^E:' "$work/lintian.txt" || true) errors, $(grep -c '^W:' "$work/lintian.txt" || true) warnings"
