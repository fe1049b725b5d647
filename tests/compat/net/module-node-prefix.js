'use strict';
// require('node:net') is the same object as require('net').
const net = require('net');
console.log(require('node:net') === net);
