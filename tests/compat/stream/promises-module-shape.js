'use strict';
// node:stream/promises: its functions in Node's order, the same functions as
// require('stream').promises has, and both work. (Loaded first, as here, Node's
// module object is not require('stream').promises: that is not checked.)
const { pipeline, finished } = require('node:stream/promises');
const promises = require('stream/promises');
const stream = require('stream');
console.log('names', Object.getOwnPropertyNames(promises).join(','), 'same module', promises === require('node:stream/promises'));
const src = stream.Readable.from(['a', 'b']);
const chunks = [];
const dst = new stream.Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
pipeline(src, dst).then(() => finished(dst)).then(() => console.log('piped', chunks.join('')));
