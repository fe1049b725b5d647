#!/usr/bin/env bash
# Startup of an empty script: median wall time over 41 spawns (bench/startup/spawn.c,
# no shell in between) and peak RSS. The exec of /bin/true is reported too: on some
# sandboxes a bare exec alone costs milliseconds.
# Usage: bash bench/startup/empty.sh RUNTIME
set -euo pipefail
rt=$(command -v "$1")
here=$(cd "$(dirname "$0")" && pwd)
bin=$(mktemp -d)
empty=$(mktemp --suffix=.js)
trap 'rm -rf "$bin" "$empty"' EXIT
cc -O2 -o "$bin/spawn" "$here/spawn.c"
read -r median _ < <("$bin/spawn" 41 "$rt" "$empty")
read -r baseline _ < <("$bin/spawn" 41 /bin/true)
rss=$(/usr/bin/time -f %M "$rt" "$empty" 2>&1 >/dev/null | tail -1)
echo "METRIC startup.empty.median ${median} ms lower"
echo "METRIC startup.exec_true.median ${baseline} ms lower"
echo "METRIC startup.empty.peak_rss $(awk -v k="$rss" 'BEGIN{printf "%.2f", k/1024}') MiB lower"
