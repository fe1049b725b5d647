'use strict';
// Throughput, client -> server over loopback, 1 KiB writes, 1 GiB (capped at 10 s).
require('./lib/throughput')('net.throughput.1k', 1024, 1024 * 1024 * 1024, 10);
