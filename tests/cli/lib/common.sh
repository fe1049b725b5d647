# Shared helpers for the CLI tests: each test script gets the protojs binary as $1.
set -u
PJ=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
# expect_eq WHAT ACTUAL EXPECTED
expect_eq() { [ "$2" == "$3" ] || fail "$1: expected [$3], got [$2]"; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
