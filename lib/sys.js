'use strict';
// node:sys, the old name of node:util (deprecated: DEP0025).
process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
module.exports = require('util');
