'use strict';
// Loads Node's streams code from the embedded readable-stream package (with our own
// Readable, Writable, Duplex and Transform in place of the package's: NPM_REPLACED
// in CMakeLists.txt) and wires it to this runtime: its error classes become ours
// (same codes, own `code` property, Node's messages), its reduced inspect becomes
// util.inspect, the globals it probes (AbortController/AbortSignal) exist before it
// looks for them, and the few places where it differs from Node 20.20 are patched
// (internal/streams/node20).

const RS = 'internal/deps/readable-stream/lib/';
const node20 = require('internal/streams/node20');

function ensureAbortGlobals() {
  // The lazy global getter throws while internal/abort_controller is not built;
  // readable-stream reads the global before falling back to require().
  try {
    if (typeof globalThis.AbortController === 'function') return;
  } catch {
    // Missing module: the shim's classes serve as the globals too.
  }
  const shim = require('internal/abort_controller_shim');
  for (const name of ['AbortController', 'AbortSignal']) {
    Object.defineProperty(globalThis, name, {
      value: shim[name], writable: true, configurable: true, enumerable: false,
    });
  }
}

// Loaded on first use: only error messages need it, and loading util.inspect with
// the streams would slow the start of every program that writes to stdout.
function adoptInspect() {
  const rsInspect = require(RS + 'ours/util/inspect');
  rsInspect.inspect = (...args) => require('internal/util/inspect').inspect(...args);
  rsInspect.format = (...args) => require('internal/util/inspect').format(...args);
}

// The package's modules destructure these at load time, so this runs first.
function adoptErrors() {
  const ours = require('internal/errors');
  const rsErrors = require(RS + 'ours/errors');
  // Codes we define replace the package's (which keep `code` on the prototype and
  // are classes that cannot be called without `new`); the few we lack stay.
  for (const key of Object.keys(ours.codes)) rsErrors.codes[key] = ours.codes[key];
  rsErrors.codes.ERR_INVALID_ARG_TYPE = node20.chunkTypeError(ours.codes.ERR_INVALID_ARG_TYPE);
  rsErrors.AbortError = ours.AbortError;
}

ensureAbortGlobals();
adoptInspect();
adoptErrors();
node20.pipelineAbortCause(RS);

const Stream = require(RS + 'stream');
const { destroyer } = require(RS + 'internal/streams/destroy');

node20.acceptArrayBufferViews(Stream, require('buffer').Buffer);
node20.patchAsyncIteratorReturn(Stream.Readable, destroyer);

// Node 20.20 lists duplexPair between PassThrough and pipeline.
const duplexPair = require('internal/streams/duplex_pair').define(Stream.Duplex);
Object.defineProperty(Stream, 'duplexPair', {
  value: duplexPair, writable: true, enumerable: true, configurable: true,
});

module.exports = Stream;
