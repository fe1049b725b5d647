'use strict';
// node:stream/promises is the object require('stream').promises returns, with its
// functions in Node's order; both forms work through either name.
const stream = require('stream');
const promises = require('stream/promises');
const { pipeline, finished } = require('node:stream/promises');
console.log('same object', stream.promises === promises, 'names', Object.getOwnPropertyNames(promises).join(','));
console.log('same functions', pipeline === promises.pipeline, finished === stream.promises.finished);
const src = stream.Readable.from(['a', 'b']);
const chunks = [];
const dst = new stream.Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
pipeline(src, dst).then(() => finished(dst)).then(() => console.log('piped', chunks.join('')));
