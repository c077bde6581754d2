#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite headless under AddressSanitizer +
# UndefinedBehaviorSanitizer: core, UI, live and real-server tests alike. Qt WebEngine's own processes
# (QtWebEngineProcess, Debian's build) are not instrumented; ui/live/sanitizer_options.cpp says what
# the programs that host Chromium's code turn off, and why. Non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

# The real servers the tests load generated configuration into (Express + cors, versions locked).
[ -d tests/servers/node_modules ] || (cd tests/servers && npm ci --no-audit --no-fund --loglevel=error)

# -O1 keeps the sanitized suite within CI's time on two cores; CORSLAB_CORE_ONLY=OFF undoes the
# core-only sanitized tree an older test.sh configured here.
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCORSLAB_CORE_ONLY=OFF \
      -DCMAKE_CXX_FLAGS="-O1 -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" >/dev/null
cmake --build build-sanitize -j "$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build-sanitize --output-on-failure -j "$jobs"
