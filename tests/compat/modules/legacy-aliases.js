// Node's legacy module names: _stream_* are the stream classes, sys is util.
const stream = require('stream');
console.log(require('_stream_readable') === stream.Readable, require('_stream_writable') === stream.Writable,
  require('_stream_duplex') === stream.Duplex, require('_stream_transform') === stream.Transform,
  require('_stream_passthrough') === stream.PassThrough, require('node:_stream_readable') === stream.Readable);
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(require('sys') === require('util'));
const { builtinModules } = require('module');
console.log(['_stream_readable', '_stream_duplex', 'sys'].map((m) => builtinModules.includes(m)));
