#!/usr/bin/env bash
# Installs what is missing, builds (Release, Ninja) and starts the desktop app.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)"
exec build/app/corslab "$@"
