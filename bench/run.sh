#!/usr/bin/env bash
# Runs every benchmark under protojs and Node in the same run and prints a table of
# ratios. A bench is bench/<area>/<name>.js (run as `RUNTIME file.js`) or
# bench/<area>/<name>.sh (run as `bash file.sh RUNTIME`; bench/soak is a reliability
# run, not a comparison, and is left out); each prints lines
#   METRIC <name> <value> <unit> <higher|lower>
# "x better" is protojs/node for higher-is-better metrics, node/protojs otherwise, so
# above 1.00 always means protojs wins.
# Usage: bench/run.sh PROTOJS [filter-regex]
# BENCH_ROUNDS=N (default 1) runs each bench N times, Node and protojs in turn, and
# reports each runtime's median: this machine's speed drifts by tens of percent
# between runs, and alternating rounds share the drift.
set -uo pipefail
protojs=$(realpath "${1:?usage: bench/run.sh PROTOJS [filter]}")
filter=${2:-.}
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/.."

run_one() {  # runtime file -> METRIC lines
  case "$2" in
    *.js) timeout 300 "$1" "$2" 2>/dev/null ;;
    *.sh) timeout 300 bash "$2" "$1" 2>/dev/null ;;
  esac | grep '^METRIC '
}

rounds=${BENCH_ROUNDS:-1}

# median of the whitespace-separated numbers in $1
median() { tr ' ' '\n' <<< "$1" | grep . | sort -g | awk '{v[NR] = $1} END {
  if (NR == 0) exit; printf "%.10g\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-44s %-8s %14s %14s %9s\n' metric unit protojs node 'x better'
for f in $(find bench -mindepth 2 \( -name '*.js' -o -name '*.sh' \) -not -path '*/lib/*' -not -path 'bench/soak/*' | sort | grep -E "$filter"); do
  declare -A nodev=() pjv=() unitv=() dirv=()
  order=()
  for ((r = 0; r < rounds; r++)); do
    while read -r _ name value unit dir; do nodev[$name]+=" $value"; done < <(run_one node "$f")
    while read -r _ name value unit dir; do
      [ -z "${pjv[$name]:-}" ] && order+=("$name")
      pjv[$name]+=" $value"; unitv[$name]=$unit; dirv[$name]=$dir
    done < <(run_one "$protojs" "$f")
  done
  for name in "${order[@]}"; do
    value=$(median "${pjv[$name]}")
    n=$(median "${nodev[$name]:-}")
    ratio=$(awk -v p="$value" -v n="$n" -v d="${dirv[$name]}" 'BEGIN {
      if (n == "" || p + 0 == 0 || n + 0 == 0) { print "-"; exit }
      printf "%.2f", (d == "lower") ? n / p : p / n }')
    printf '%-44s %-8s %14s %14s %9s\n' "$name" "${unitv[$name]}" "$value" "${n:--}" "$ratio"
  done
  unset nodev pjv unitv dirv
done
