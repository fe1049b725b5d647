#!/bin/bash
# wrk -t1 -c50 -d5s against a hello-world server, a new connection per request.
exec bash "$(dirname "$0")/lib/wrk.sh" "$1" hello hello_close -H 'Connection: close'
