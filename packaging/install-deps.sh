#!/usr/bin/env bash
# Installs everything Casebook needs to build, test and run on Debian 12 (bookworm).
# The one list of apt packages lives here. Quick no-op when everything is present.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build git pkg-config dpkg-dev file
    # Qt 6: Core, Sql (SQLite driver), Widgets, Charts, PDF
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
    libxkbcommon-dev libgl-dev qt6-pdf-dev qt6-l10n-tools libqt6svg6
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev
    # looking at what we build: fonts for offscreen rendering, PDFs, a virtual display
    fonts-dejavu-core poppler-utils xvfb xauth
    # tooling
    clang-format sqlite3 libsqlite3-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "casebook: installing ${#missing[@]} missing package(s): ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
