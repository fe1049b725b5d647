#!/usr/bin/env bash
# Runs every benchmark under protojs and Node in the same run and prints a table of
# ratios. A bench is bench/<area>/<name>.js (run as `RUNTIME file.js`) or
# bench/<area>/<name>.sh (run as `bash file.sh RUNTIME`; bench/soak is a reliability
# run, not a comparison, and is left out); each prints lines
#   METRIC <name> <value> <unit> <higher|lower>
# "x better" is protojs/node for higher-is-better metrics, node/protojs otherwise, so
# above 1.00 always means protojs wins.
# Usage: bench/run.sh PROTOJS [filter-regex]
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

printf '%-44s %-8s %14s %14s %9s\n' metric unit protojs node 'x better'
for f in $(find bench -mindepth 2 \( -name '*.js' -o -name '*.sh' \) -not -path '*/lib/*' -not -path 'bench/soak/*' | sort | grep -E "$filter"); do
  declare -A nodev=()
  while read -r _ name value unit dir; do nodev[$name]=$value; done < <(run_one node "$f")
  while read -r _ name value unit dir; do
    n=${nodev[$name]:-}
    ratio=$(awk -v p="$value" -v n="$n" -v d="$dir" 'BEGIN {
      if (n == "" || p + 0 == 0 || n + 0 == 0) { print "-"; exit }
      printf "%.2f", (d == "lower") ? n / p : p / n }')
    printf '%-44s %-8s %14s %14s %9s\n' "$name" "$unit" "$value" "${n:--}" "$ratio"
  done < <(run_one "$protojs" "$f")
  unset nodev
done
