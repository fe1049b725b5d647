// Options reach the lazily built stream: highWaterMark, and 'data' listeners
// attached before any other stream use; write after end is an error event.
const crypto = require('crypto');
const h = crypto.createHash('sha1', { highWaterMark: 4 });
console.log(h.writableHighWaterMark, h.readableHighWaterMark);
const chunks = [];
h.on('data', (c) => chunks.push(c));
h.on('end', () => console.log('end', Buffer.concat(chunks).toString('hex')));
h.write('a');
h.end('b');
h.on('finish', () => {
  h.write('c', (err) => console.log('write cb', err && err.code));
});
h.on('error', (e) => console.log('error', e.code, e.message));
console.log('sync done', crypto.createHash('sha1').update('ab').digest('hex'));
