'use strict';
// What our Readable, Writable and Duplex (lib/internal/streams/) and net's write
// fast path share without showing it on the public classes.

// The flag names of a state object (name -> one-bit mask) as native accessors over
// its `state` integer (internalBinding('stream_state')).
function defineFlagAccessors(proto, flags) {
  const { flagAccessors } = internalBinding('stream_state');
  for (const name of Object.keys(flags)) {
    const [get, set] = flagAccessors('state', Math.log2(flags[name]));
    Object.defineProperty(proto, name, { get, set, configurable: true });
  }
}

// Duplex, loaded on first use: it requires Readable and Writable itself.
let Duplex;
function duplexClass() {
  if (Duplex === undefined) Duplex = require('internal/deps/readable-stream/lib/internal/streams/duplex');
  return Duplex;
}

module.exports = {
  kAfterConstruct: Symbol('kAfterConstruct'),  // Readable/Writable[k]: their construct() callbacks
  kIsIdle: Symbol('kIsIdle'),                  // Writable[k](state): may a write go out at once?
  defineFlagAccessors,
  duplexClass,
};
