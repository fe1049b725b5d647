#!/bin/bash
# wrk -t1 -c50 -d5s fetching a 1 MiB response body.
exec bash "$(dirname "$0")/lib/wrk.sh" "$1" big big_1mib
