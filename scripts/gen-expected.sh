#!/usr/bin/env bash
# Regenerates tests/compat/**/*.expected by running each test under Node (v20), the
# same way tests/compat/run-one.sh runs protojs: from the test's folder, stdin
# closed, stdout followed by a final "# exit N" line.
# Usage: scripts/gen-expected.sh [test.js ...]   (default: every compat test)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
node --version | grep -q '^v20\.' || { echo "gen-expected: Node v20 required" >&2; exit 1; }
if [ $# -gt 0 ]; then tests=("$@"); else
  mapfile -t tests < <(find "$root/tests/compat" \( -name '*.js' -o -name '*.mjs' \) \
    -not -path '*/fixtures/*' -not -path '*/node_modules/*' | sort)
fi
for t in "${tests[@]}"; do
  t=$(cd "$(dirname "$t")" && pwd)/$(basename "$t")
  out=$(cd "$(dirname "$t")" && node "$(basename "$t")" </dev/null 2>/dev/null; echo "# exit $?")
  printf '%s\n' "$out" > "${t%.*}.expected"
done
echo "gen-expected: ${#tests[@]} expected files written"
