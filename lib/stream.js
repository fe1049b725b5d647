'use strict';
// node:stream — Node's own streams implementation (the readable-stream package,
// embedded at build time) wired to this runtime by internal/streams/glue.
// As in Node, the module is the legacy Stream constructor carrying the classes
// and helpers as properties.

module.exports = require('internal/streams/glue');
