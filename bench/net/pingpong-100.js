'use strict';
// Ping-pong of 64-byte messages over 100 concurrent connections: 2 000 round trips
// each (capped at 8 s).
require('./lib/pingpong')('net.pingpong.100conn', 100, 2000, 8);
