'use strict';
// node:stream/promises — pipeline and finished returning promises.

const { pipeline, finished } = require('stream').promises;

module.exports = { pipeline, finished };
