'use strict';
const http = require('http');
const net = require('net');
console.log(http.METHODS.length, http.METHODS.includes('GET'), http.METHODS[0], http.METHODS.includes('QUERY'));
console.log(http.STATUS_CODES[200], http.STATUS_CODES[404], http.STATUS_CODES[418], http.STATUS_CODES[999]);
console.log(Object.keys(http.STATUS_CODES).length, http.maxHeaderSize);
console.log(typeof http.Agent, typeof http.globalAgent, http.globalAgent instanceof http.Agent);
