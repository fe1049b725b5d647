'use strict';
// What our Readable, Writable and Duplex (lib/internal/streams/) and net's write
// fast path share without showing it on the public classes.
module.exports = {
  kAfterConstruct: Symbol('kAfterConstruct'),  // Readable/Writable[k]: their construct() callbacks
  kIsIdle: Symbol('kIsIdle'),                  // Writable[k](state): may a write go out at once?
};
