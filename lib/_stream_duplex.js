'use strict';
// The pre-Node-10 module name of stream.Duplex, kept by Node (and by old packages).
module.exports = require('stream').Duplex;
