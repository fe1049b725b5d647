'use strict';
// The keys exported by the net module.
const net = require('net');
console.log(Object.keys(net).sort().join(' '));
