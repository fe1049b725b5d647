'use strict';
// Duplex built directly: _construct() holding both sides back (a write and a read
// requested before it finishes), readable:false / writable:false, the default
// allowHalfOpen, instanceof and the combined destroyed flag.
const { Duplex, Readable, Writable } = require('stream');

const log = [];
const d = new Duplex({
  construct(cb) {
    log.push('construct');
    setImmediate(() => { log.push('constructed'); cb(); });
  },
  read() { log.push('_read'); this.push('r1'); this.push(null); },
  write(chunk, enc, cb) { log.push(`_write ${chunk}`); cb(); },
  final(cb) { log.push('_final'); cb(); },
});
d.on('data', (c) => log.push(`data ${c}`));
d.on('end', () => log.push('end'));
d.on('finish', () => log.push('finish'));
d.on('close', () => {
  log.push('close');
  console.log(log.join(', '));
  flags();
});
log.push(`write -> ${d.write('w1')}`);
d.end('w2');
log.push(`sync: constructed ${d._readableState.constructed} ${d._writableState.constructed}`);

function flags() {
  const plain = new Duplex();
  console.log('defaults', plain.allowHalfOpen, plain.readable, plain.writable, plain.destroyed,
    plain instanceof Readable, plain instanceof Writable, plain instanceof Duplex);
  const ro = new Duplex({ writable: false, read() {} });
  const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  console.log('writable:false', ro.writable, ro.writableEnded, ro.writableFinished, ro.readable);
  console.log('readable:false', wo.readable, wo.readableEnded, wo.writable);
  console.log('halfOpen', new Duplex({ allowHalfOpen: false }).allowHalfOpen, new Duplex({}).allowHalfOpen);
  const x = new Duplex();
  x._writableState.destroyed = true;
  console.log('one side destroyed', x.destroyed);
  x.destroyed = true;
  console.log('both', x.destroyed, x._readableState.destroyed);
  x.destroyed = false;
  console.log('reset', x.destroyed, x._writableState.destroyed);
}
