#!/usr/bin/env bash
# The release build, profile-guided: a training binary is built once and run on
# the workloads in scripts/pgo/train.sh, and the release binary is compiled with
# the profile it recorded (see PROTOJS_PGO in CMakeLists.txt for why).
#
# usage: scripts/build-release.sh BUILD_DIR [JOBS]
#   The profile is kept in BUILD_DIR/pgo/profile and reused by later builds; remove
#   BUILD_DIR/pgo to train again after large changes. PROTOJS_PGO=0 builds without.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: scripts/build-release.sh BUILD_DIR [JOBS]}
jobs=${2:-$(nproc)}
mkdir -p "$build"
build=$(cd "$build" && pwd)
gen=()
command -v ninja >/dev/null 2>&1 && gen=(-G Ninja)

configure() {  # dir, extra cmake args...
  local dir=$1
  shift
  cmake -S "$root" -B "$dir" "${gen[@]}" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
}

if [ "${PROTOJS_PGO:-1}" = 0 ]; then
  configure "$build" -DPROTOJS_PGO=
  exec cmake --build "$build" -j "$jobs"
fi

profile=$build/pgo/profile
if [ ! -f "$profile/.trained" ]; then
  echo "build-release: training build for profile-guided optimization"
  configure "$build/pgo/gen" -DPROTOJS_PGO=generate -DPROTOJS_PGO_DIR="$profile"
  cmake --build "$build/pgo/gen" -j "$jobs" --target protojs
  rm -rf "$profile"  # what the build's own js2c runs recorded
  bash "$root/scripts/pgo/train.sh" "$build/pgo/gen/protojs"
  touch "$profile/.trained"
  # Objects compiled with an earlier profile are not out of date to the build tool.
  [ -f "$build/CMakeCache.txt" ] && cmake --build "$build" --target clean >/dev/null
fi
configure "$build" -DPROTOJS_PGO=use -DPROTOJS_PGO_DIR="$profile"
cmake --build "$build" -j "$jobs"
