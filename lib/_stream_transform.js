'use strict';
// The pre-Node-10 module name of stream.Transform, kept by Node (and by old packages).
module.exports = require('stream').Transform;
