#!/usr/bin/env bash
# libFuzzer over the parsers and the engine (tests/fuzz/), built with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz/.
#   scripts/fuzz.sh --list            the targets
#   scripts/fuzz.sh TARGET SECONDS    build TARGET and fuzz it for SECONDS from its seeds; non-zero on a
#                                     crash, leak, timeout or broken invariant (the input is in build-fuzz/findings/)
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(url header_list set_cookie scenario evaluate har request_import http_response)

if [ "${1:-}" = "--list" ]; then
    printf '%s\n' "${targets[@]}"
    exit 0
fi
if [ $# -ne 2 ] || ! [[ " ${targets[*]} " == *" $1 "* ]] || ! [[ "$2" =~ ^[0-9]+$ ]]; then
    echo "usage: scripts/fuzz.sh --list | TARGET SECONDS   (targets: ${targets[*]})" >&2
    exit 2
fi
target=$1 seconds=$2
command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (apt-get install clang libclang-rt-dev)" >&2; exit 2; }

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCORSLAB_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" \
      -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" >/dev/null
cmake --build build-fuzz --target "fuzz_$target"

# The seeds: the repository's own inputs of that kind, copied into a corpus the run may grow.
corpus=build-fuzz/corpus/$target
mkdir -p "$corpus" build-fuzz/findings
seed_dirs=("tests/fuzz/regressions/$target")
case $target in
    scenario|evaluate) seed_dirs+=(tests/data/golden tests/data/scenarios resources/lessons) ;;
    har) seed_dirs+=(tests/data/har) ;;
    url) seed_dirs+=(tests/fuzz/seeds/url)
         python3 - "$corpus" <<'PY'
import json, sys, hashlib, pathlib
# The WPT URL inputs (tests/data/urltestdata.json), one file each.
for case in json.load(open('tests/data/urltestdata.json', encoding='utf-8')):
    if isinstance(case, dict):
        data = case['input'].encode('utf-8', 'surrogatepass')
        pathlib.Path(sys.argv[1], 'wpt-' + hashlib.sha1(data).hexdigest()).write_bytes(data)
PY
         ;;
    *) seed_dirs+=("tests/fuzz/seeds/$target") ;;
esac
for dir in "${seed_dirs[@]}"; do
    find "$dir" -type f ! -name README.md -exec cp -n {} "$corpus/" \;
done

max_len=4096
case $target in scenario|evaluate|har) max_len=262144 ;; esac
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1
exec "build-fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=$max_len \
     -artifact_prefix=build-fuzz/findings/"$target"- -print_final_stats=1 "$corpus"
