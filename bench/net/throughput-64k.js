'use strict';
// Throughput, client -> server over loopback, 64 KiB writes, 1 GiB (capped at 15 s).
require('./lib/throughput')('net.throughput.64k', 64 * 1024, 1024 * 1024 * 1024, 15);
