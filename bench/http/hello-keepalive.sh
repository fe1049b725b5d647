#!/bin/bash
# wrk -t1 -c50 -d5s against a hello-world server, keep-alive.
exec bash "$(dirname "$0")/lib/wrk.sh" "$1" hello hello_keepalive
