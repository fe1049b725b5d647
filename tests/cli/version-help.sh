#!/usr/bin/env bash
# --version/-v print one version line; --help/-h print usage; both exit 0.
. "$(dirname "$0")/lib/common.sh"
v=$("$PJ" --version) || fail "--version exit $?"
[[ "$v" =~ ^v[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed [$v]"
expect_eq "-v" "$("$PJ" -v)" "$v"
h=$("$PJ" --help) || fail "--help exit $?"
[[ "$h" == Usage:* ]] || fail "--help printed [$h]"
expect_eq "-h" "$("$PJ" -h)" "$h"
