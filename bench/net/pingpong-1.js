'use strict';
// Ping-pong of 64-byte messages over 1 connection: 50 000 round trips (capped at 8 s).
require('./lib/pingpong')('net.pingpong.1conn', 1, 50000, 8);
