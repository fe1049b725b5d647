'use strict';
const http = require('http');
const net = require('net');
const server = http.createServer();
server.close((err) => console.log(err.code, err.message));
