'use strict';
// Writes that the kernel takes at once call back on the next tick; writes with the
// same callback share one tick, so their callbacks all run before a tick queued
// between them (Writable's afterWriteTickInfo), and different callbacks each get
// their own tick, in order. The callbacks count as pending for 'finish'.
const net = require('net');
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    const same = (err) => console.log('same', err);
    c.write('a', same);
    process.nextTick(() => console.log('tick 1'));
    c.write('b', same);
    process.nextTick(() => console.log('tick 2'));
    c.write(Buffer.from('c'), same);
    console.log('writableLength', c.writableLength);
    setImmediate(() => {
      c.write('d', () => console.log('cb d'));
      process.nextTick(() => console.log('tick 3'));
      c.write('e', () => console.log('cb e'));
      c.write('f', same);
      c.write('g', same);
      process.nextTick(() => console.log('tick 4'));
      c.end(() => console.log('end callback'));
      c.on('finish', () => console.log('finish'));
      c.on('close', () => { console.log('close'); server.close(); });
    });
  });
});
