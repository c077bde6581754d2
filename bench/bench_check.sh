#!/usr/bin/env bash
# `corslab-cli check --json` over 10,000 scenarios (the goldens and the lessons, copied round until there
# are 10,000 files), three times; prints the median and scenarios per second. Not run by ./test.sh.
#   bench/bench_check.sh [CLI]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/median.sh
cli=$(realpath "${1:-build/app/corslab-cli}")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
files=(tests/data/golden/*.cors.json resources/lessons/[0-9]*.cors.json)
for ((i = 0; i < 10000; i++)); do cp "${files[i % ${#files[@]}]}" "$dir/$i.cors.json"; done
times=()
for run in 1 2 3; do
    start=$(now_ms)
    (cd "$dir" && "$cli" check --json ./*.cors.json > "$dir/verdicts.jsonl")
    times+=($(( $(now_ms) - start )))
done
verdicts=$(wc -l < "$dir/verdicts.jsonl")
ms=$(median "${times[@]}")
echo "check --json over 10000 scenarios ($verdicts verdicts): median ${ms} ms of 3 runs (${times[*]}), $(( 10000 * 1000 / ms )) scenarios/s"
