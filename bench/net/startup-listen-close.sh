#!/usr/bin/env bash
# Startup of a listen-then-close script (bench/net/lib/listen-close.js): median wall
# time over 21 runs and peak RSS. Usage: bash bench/net/startup-listen-close.sh RUNTIME
set -euo pipefail
rt=$1
script="$(cd "$(dirname "$0")" && pwd)/lib/listen-close.js"
times=()
for i in $(seq 21); do
  s=$(date +%s%N)
  "$rt" "$script"
  e=$(date +%s%N)
  times+=($(( (e - s) / 1000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 11p)
echo "METRIC net.startup_listen_close.median $(awk -v u="$median" 'BEGIN{printf "%.2f", u/1000}') ms lower"
if [ -x /usr/bin/time ]; then
  rss=$(/usr/bin/time -f %M "$rt" "$script" 2>&1 >/dev/null | tail -1)
  echo "METRIC net.startup_listen_close.peak_rss $(awk -v k="$rss" 'BEGIN{printf "%.2f", k/1024}') MiB lower"
fi
