'use strict';
// require('process/') from the embedded readable-stream package: the real process.
module.exports = process;
