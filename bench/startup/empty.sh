#!/usr/bin/env bash
# Startup of an empty script: median wall time over 41 runs and peak RSS.
# Usage: bash bench/startup/empty.sh RUNTIME
set -euo pipefail
rt=$1
empty=$(mktemp --suffix=.js)
trap 'rm -f "$empty"' EXIT
times=()
for i in $(seq 41); do
  s=$(date +%s%N)
  "$rt" "$empty"
  e=$(date +%s%N)
  times+=($(( (e - s) / 1000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 21p)
rss=$(/usr/bin/time -f %M "$rt" "$empty" 2>&1 >/dev/null | tail -1)
echo "METRIC startup.empty.median $(awk -v u="$median" 'BEGIN{printf "%.2f", u/1000}') ms lower"
echo "METRIC startup.empty.peak_rss $(awk -v k="$rss" 'BEGIN{printf "%.2f", k/1024}') MiB lower"
