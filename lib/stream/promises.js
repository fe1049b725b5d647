'use strict';
// node:stream/promises — pipeline and finished returning promises, in Node's order.
// Its own object, as Node's is whenever it is loaded before 'stream' (a load-order
// quirk of Node's: then require('stream').promises is another, empty object).

const { pipeline, finished } = require('stream').promises;

module.exports = { finished, pipeline };
