#!/usr/bin/env bash
# Corridor Atlas developer entry point (the README's two commands).
#
#   packaging/setup.sh run    install missing Debian packages, build (Release), open the window on the bundled
#                             project (no display: draw it to corridor-overview.png instead)
#   packaging/setup.sh test   install missing Debian packages, build (Release), run the whole CTest suite
#   packaging/setup.sh deps   only install missing packages
#   packaging/setup.sh build  deps + build
#
# Idempotent: when nothing is missing it installs nothing and says nothing about packages.
# Environment: BUILD_DIR (default: build), JOBS (default: nproc).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${BUILD_DIR:-$root/build}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
action=${1:-run}
shift || true

install_deps() {
    local wanted missing=()
    wanted=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$root/packaging/debian-build-deps.txt")
    for pkg in $wanted; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${#missing[@]} missing Debian package(s): ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "error: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    local log
    log=$(mktemp)
    if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q \
           && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        cat "$log" >&2
        echo "error: apt-get failed (log above)" >&2
        exit 1
    fi
    rm -f "$log"
}

build() {
    if [ ! -f "$build_dir/build.ninja" ]; then
        cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    fi
    cmake --build "$build_dir" -j "$jobs"
}

case "$action" in
    deps) install_deps ;;
    build) install_deps; build ;;
    run)
        install_deps
        build
        if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
            # The desktop window on the bundled corridor project.
            "$build_dir/app/corridor-atlas" "$build_dir/resources/corridor.gpkg"
        else
            # No display (CI, ssh, containers): draw the map headless instead of waiting on a window.
            out=${OUT:-$root/corridor-overview.png}
            echo "No display (DISPLAY is not set): drawing the bundled project to $out instead of opening the window."
            QT_QPA_PLATFORM=offscreen "$build_dir/app/corridor-atlas" export "$build_dir/resources/corridor.gpkg" --out "$out" "$@"
            echo "Wrote $out"
        fi
        ;;
    test)
        install_deps
        build
        QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" "$@"
        ;;
    *)
        echo "usage: $0 run|test|deps|build" >&2
        exit 2
        ;;
esac
