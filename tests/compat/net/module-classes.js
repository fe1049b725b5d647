'use strict';
// Socket is a Duplex, Server an EventEmitter, Stream is Socket, connect is createConnection.
const net = require('net');
const stream = require('stream');
const EventEmitter = require('events');
console.log(new net.Socket() instanceof stream.Duplex, new net.Server() instanceof EventEmitter);
console.log(net.Stream === net.Socket, net.connect === net.createConnection);
console.log(net.createServer() instanceof net.Server, net.Server.name, net.Socket.name);
