#!/bin/bash
# wrk -t1 -c50 -d5s POSTing 16 KiB bodies that the server echoes back.
exec bash "$(dirname "$0")/lib/wrk.sh" "$1" echo post_echo_16k -s "$(dirname "$0")/lib/post16k.lua"
