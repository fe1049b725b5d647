'use strict';
// getDefaultAutoSelectFamily and its attempt timeout in Node 20.
const net = require('net');
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamily(false);
console.log(net.getDefaultAutoSelectFamily());
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
