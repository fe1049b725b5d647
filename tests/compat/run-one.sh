#!/usr/bin/env bash
# Runs one differential test: protojs TEST.js (from the test's own folder, stdin
# closed) and compares stdout plus the exit code with TEST.expected, which
# scripts/gen-expected.sh produced by running Node v20 the same way.
set -u
protojs=$1
test=$2
dir=$(dirname "$test")
base=$(basename "$test")
expected="${test%.*}.expected"
if [ ! -f "$expected" ]; then
  echo "missing $expected (run scripts/gen-expected.sh)" >&2
  exit 1
fi
actual=$(cd "$dir" && "$protojs" "$base" </dev/null 2>/tmp/protojs-compat-stderr.$$; echo "# exit $?")
if [ "$actual" == "$(cat "$expected")" ]; then
  rm -f /tmp/protojs-compat-stderr.$$
  exit 0
fi
echo "--- stdout+exit differs from Node's ($expected):"
diff <(cat "$expected") <(printf '%s\n' "$actual") | head -60
echo "--- protojs stderr:"
head -40 /tmp/protojs-compat-stderr.$$
rm -f /tmp/protojs-compat-stderr.$$
exit 1
