'use strict';
// node:stream/promises — pipeline and finished returning promises: the same object
// as require('stream').promises, as in Node.

module.exports = require('stream').promises;
