// setDefaultHighWaterMark changes the default for new streams.
const stream = require('stream');
stream.setDefaultHighWaterMark(false, 100);
stream.setDefaultHighWaterMark(true, 3);
console.log(new stream.Readable().readableHighWaterMark, new stream.Writable().writableHighWaterMark);
console.log(new stream.Readable({ objectMode: true }).readableHighWaterMark);
console.log(new stream.Readable({ highWaterMark: 7 }).readableHighWaterMark);
try { new stream.Readable({ highWaterMark: -1 }); } catch (e) { console.log(e.code, e.message); }
try { new stream.Writable({ highWaterMark: 'x' }); } catch (e) { console.log(e.code, e.message); }
