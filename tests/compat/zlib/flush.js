// flush(): the output so far can be decompressed before the stream ends.
// Each step waits for the text inflated from the one before it: inflate and
// deflate both work on the thread pool, and which of them finishes first is the
// scheduler's choice (on a loaded machine deflate's next round could win).
const zlib = require('zlib');
const d = zlib.createDeflate();
const inflate = zlib.createInflate();
const chunks = [];
let afterInflated = null;
d.on('data', (c) => { chunks.push(c); inflate.write(c); });
inflate.on('data', (c) => {
  console.log('inflated', JSON.stringify(c.toString()));
  const next = afterInflated;
  afterInflated = null;
  if (next) next();
});
d.write('first part, ');
d.flush(() => {
  console.log('flushed 1, sync flush marker', Buffer.concat(chunks).subarray(-4).toString('hex'));
  afterInflated = () => {
    d.write('second part');
    d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      console.log('flushed 2', Buffer.concat(chunks).subarray(-4).toString('hex'));
      afterInflated = () => {
        d.end();
        d.flush(() => console.log('flush after end: runs at end', d.writableFinished));
        d.on('end', () => {
          console.log('deflate end');
          inflate.end();
          setImmediate(() => d.flush(() => console.log('flush after finish')));
        });
      };
    });
  };
});
inflate.on('end', () => console.log('inflate end'));
