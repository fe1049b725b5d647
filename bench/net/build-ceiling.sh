#!/usr/bin/env bash
# Builds bench/net/ceiling.c (plain C on libuv: the ceiling for the net benches) into
# build-bench/ceiling (git-ignored). Usage: bash bench/net/build-ceiling.sh [run]
# With "run" it also runs every workload and the listen-then-close startup timing.
# (bench/run.sh passes a runtime path as the argument: then this only builds.)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/build-bench"
mkdir -p "$out"
cc -O2 -Wall -Wextra -o "$out/ceiling" "$root/bench/net/ceiling.c" $(pkg-config --cflags --libs libuv)
if [ "${1:-}" = run ]; then
  "$out/ceiling" all
  bash "$root/bench/net/startup-listen-close.sh" "$out/ceiling"
fi
