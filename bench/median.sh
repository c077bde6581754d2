# Sourced by the bench/*.sh scripts: `median NUMBERS...` prints the middle one.
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Milliseconds since the epoch, for timing a command from outside.
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
