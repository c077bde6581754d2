#!/usr/bin/env bash
# The desktop app's cold start: main() to the main window's first painted frame, offscreen, ten runs;
# prints the median (the app measures it itself: CORSLAB_STARTUP_TRACE). Not run by ./test.sh.
#   bench/bench_startup.sh [APP]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/median.sh
app=${1:-build/app/corslab}
figures=()
for run in $(seq 10); do
    line=$(QT_QPA_PLATFORM=offscreen CORSLAB_STARTUP_TRACE=exit XDG_CONFIG_HOME=$(mktemp -d) "$app" 2>&1 | grep 'first paint after')
    figures+=($(sed -E 's/.*after ([0-9]+) ms.*/\1/' <<< "$line"))
    webengine=$(sed -E 's/.*WebEngine //' <<< "$line")
done
echo "cold start to the first painted frame: median $(median "${figures[@]}") ms of 10 runs (${figures[*]}), WebEngine $webengine"
