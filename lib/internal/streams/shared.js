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

// A bit of ReadableState#state that Duplex owns: the stream's WritableState is not
// made yet (a net.Socket makes it on first use: see lazyWritableState in
// internal/net/socket). Such a writable side is as fresh as a new one: nothing was
// written, it is neither ending nor destroyed.
const kWritableNotMade = 1 << 30;

// destroy.js's undestroy() (Readable/Writable.prototype._undestroy). net calls it for
// every connecting socket, so each side's flags are reset in one write of its
// `state` (readable.js and writable.js fill in undestroyState), not flag by flag,
// and `errored` is written only when set: its default lives on the state's prototype.
const undestroyState = { readable: null, writable: null };
function undestroy() {
  const r = this._readableState;
  const w = r && (r.state & kWritableNotMade) !== 0 ? undefined : this._writableState;
  if (r) undestroyState.readable(r);
  if (w) undestroyState.writable(w);
}

module.exports = {
  undestroyState,
  kAfterConstruct: Symbol('kAfterConstruct'),  // Readable/Writable[k]: their construct() callbacks
  kCallbackAfterWrite: Symbol('kCallbackAfterWrite'),  // Writable[k](stream, state, cb): see writable
  kIdleBits: Symbol('kIdleBits'),              // Writable[k]: see idleBits in ./writable
  kLazyWritable: Symbol('kLazyWritable'),      // Duplex options[k]: leave _writableState unmade
  kOnwriteOf: Symbol('kOnwriteOf'),            // Writable[k](stream): its onwrite, made if released
  kReleaseOnwrite: Symbol('kReleaseOnwrite'),  // Writable[k](state): drop the cached onwrite
  kWritableNotMade,
  defineFlagAccessors,
  duplexClass,
  undestroy,
};
