#!/usr/bin/env bash
# check_source_tarball.sh BUILD_DIR
# Makes the source tarball with CPack and builds the program and the bundled project from it alone, in
# a fresh folder: proof that the tarball carries everything the build needs.
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack --config CPackSourceConfig.cmake -B "$work/out") >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
tarball=$(ls "$work"/out/corridor-atlas-*.tar.gz)
echo "tarball: $(basename "$tarball") ($(stat -c %s "$tarball") bytes)"
tar -tzf "$tarball" > "$work/listing.txt"
if grep -qE '(^|/)(\.git|build)/' "$work/listing.txt"; then
    echo "the tarball contains .git or build output" >&2
    exit 1
fi
mkdir "$work/src"
tar -xzf "$tarball" -C "$work/src" --strip-components=1
export CCACHE_BASEDIR="$work/src"
cmake -S "$work/src" -B "$work/b" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$work/b" --target corridor-atlas corridor_bundle -j "$(nproc)" >"$work/build.log" 2>&1 || { tail -50 "$work/build.log"; exit 1; }
"$work/b/app/corridor-atlas" --version
"$work/b/app/corridor-atlas" info "$work/b/resources/corridor.gpkg" | grep "air_routes" >/dev/null
echo "source tarball builds on its own: ok"
