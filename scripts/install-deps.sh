#!/usr/bin/env bash
# Installs the Debian 12 packages corslab needs, only when some are missing.
set -euo pipefail
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-webengine-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    libgl-dev libxkbcommon-dev libvulkan-dev
    libicu-dev libpsl-dev publicsuffix libsimdjson-dev
    nginx-light
    xvfb xauth fonts-dejavu-core
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Node.js runs the test servers (tests/servers: Express); a node that is already there (Debian's or
# another packaging of it) is used as it is, so Debian's npm never fights a node that bundles its own.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    missing+=(nodejs npm)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    echo "corslab: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
