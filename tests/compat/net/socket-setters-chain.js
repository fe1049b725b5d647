'use strict';
// setNoDelay, setKeepAlive, setTimeout, ref, unref, pause, resume, setEncoding return the socket.
const net = require('net');
const s = new net.Socket();
const r = [s.setNoDelay(), s.setNoDelay(false), s.setKeepAlive(true, 10), s.setKeepAlive(), s.setTimeout(0),
           s.ref(), s.unref(), s.pause(), s.resume(), s.setEncoding('utf8')];
console.log(r.every((x) => x === s));
