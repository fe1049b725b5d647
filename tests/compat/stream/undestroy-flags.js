'use strict';
// _undestroy() (what net.Socket#connect() does to a destroyed socket) resets each
// side's flags as Node's does: readable: false / writable: false sides stay ended.
const { Duplex, Readable, Writable } = require('stream');

const rFlags = ['constructed', 'closed', 'closeEmitted', 'destroyed', 'errorEmitted', 'reading',
  'ended', 'endEmitted', 'errored'];
const wFlags = ['constructed', 'destroyed', 'closed', 'closeEmitted', 'errorEmitted', 'finalCalled',
  'prefinished', 'ended', 'ending', 'finished', 'errored'];
function show(label, s) {
  const r = s._readableState;
  const w = s._writableState;
  const out = {};
  if (r) for (const f of rFlags) out['r.' + f] = r[f] instanceof Error ? r[f].message : r[f];
  if (w) for (const f of wFlags) out['w.' + f] = w[f] instanceof Error ? w[f].message : w[f];
  out.destroyed = s.destroyed;
  console.log(label, JSON.stringify(out));
}

function cycle(label, make) {
  return new Promise((resolve) => {
    const s = make();
    s.on('error', (e) => console.log(label, 'error', e.message));
    s.on('close', () => {
      show(label + ' destroyed', s);
      s._undestroy();
      show(label + ' undestroyed', s);
      resolve();
    });
    s.destroy(new Error('boom ' + label));
  });
}

(async () => {
  const dup = (opts) => () => new Duplex({ read() {}, write(c, e, cb) { cb(); }, ...opts });
  await cycle('duplex', dup({}));
  await cycle('duplex readable:false', dup({ readable: false }));
  await cycle('duplex writable:false', dup({ writable: false }));
  await cycle('readable', () => new Readable({ read() {} }));
  await cycle('writable', () => new Writable({ write(c, e, cb) { cb(); } }));
  // Ended and finished, then undestroyed: both sides open again.
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  d.on('end', () => console.log('end'));
  d.on('finish', () => console.log('finish'));
  d.on('close', () => {
    show('ended duplex closed', d);
    d._undestroy();
    show('ended duplex undestroyed', d);
    d.push('again');
    d.write('more', () => console.log('write after undestroy done'));
    console.log('read', String(d.read()));
  });
  d.push(null);
  d.resume();
  d.end('x');
})();
