// Writing after end() is ERR_STREAM_WRITE_AFTER_END, reported on the stream.
const zlib = require('zlib');
const g = zlib.createGzip();
g.on('error', (e) => console.log('error', e.name, e.code, e.message));
g.on('close', () => console.log('close'));
g.resume();
g.end('data');
const ret = g.write('late', (err) => console.log('write cb', err.code));
console.log('write returned', ret);
