#!/bin/bash
# wrk -t1 -c50 -d5s against express's hello world (keep-alive): a framework's
# routing and response helpers per request, as real servers run them.
exec bash "$(dirname "$0")/lib/wrk.sh" "$1" express express_hello
