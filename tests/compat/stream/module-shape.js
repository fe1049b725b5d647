// require('stream') is the legacy Stream constructor carrying the API.
const stream = require('stream');
const EventEmitter = require('events');
console.log(typeof stream, stream === stream.Stream, stream.name);
for (const k of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished',
  'addAbortSignal', 'compose', 'destroy', 'isReadable', 'isErrored', 'isDisturbed',
  'getDefaultHighWaterMark', 'setDefaultHighWaterMark', 'duplexPair', '_isArrayBufferView', '_isUint8Array', '_uint8ArrayToBuffer']) {
  console.log(k, typeof stream[k]);
}
console.log('promises', typeof stream.promises.pipeline, typeof stream.promises.finished);
const s = new stream();
console.log('legacy is EventEmitter', s instanceof EventEmitter, typeof s.pipe);
const d = new stream.Duplex();
console.log('duplex instanceof Writable', d instanceof stream.Writable, d instanceof stream.Readable);
const t = new stream.Transform();
console.log('transform instanceof Writable', t instanceof stream.Writable);
console.log('readable not Writable', new stream.Readable() instanceof stream.Writable);
console.log('Readable.from', typeof stream.Readable.from, 'Duplex.from', typeof stream.Duplex.from);
console.log('default hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
