'use strict';
// The _transform() callback: called twice, called late, held back while the
// readable side is full (and released by reads), an error through it, _flush()
// output, and a subclass with its own _final() whose _flush() still runs.
const { Transform, PassThrough } = require('stream');

function twice(done) {
  const t = new Transform({
    transform(chunk, enc, cb) { cb(null, chunk); cb(null, chunk); },
  });
  const log = [];
  t.on('error', (e) => log.push(`error ${e.code}`));
  t.on('data', (d) => log.push(`data ${d}`));
  t.write('a', (err) => log.push(`write cb ${err}`));
  t.on('close', () => { console.log('twice:', log.join(', ')); done(); });
}

function held(done) {
  const t = new Transform({
    readableHighWaterMark: 4,
    transform(chunk, enc, cb) { cb(null, Buffer.concat([chunk, chunk])); },
  });
  const log = [];
  for (const s of ['ab', 'cd', 'ef']) {
    log.push(`write ${s} -> ${t.write(s, () => log.push(`cb ${s}`))}`);
  }
  setImmediate(() => {
    log.push(`buffered ${t.readableLength} writable ${t.writableLength}`);
    let chunk;
    while ((chunk = t.read(2)) !== null) log.push(`read ${chunk}`);
    setImmediate(() => {
      while ((chunk = t.read()) !== null) log.push(`read ${chunk}`);
      console.log('held:', log.join(', '));
      done();
    });
  });
}

function late(done) {
  const t = new Transform({
    transform(chunk, enc, cb) { setTimeout(() => cb(null, String(chunk).toUpperCase()), 2); },
    flush(cb) { setTimeout(() => cb(null, '!'), 2); },
  });
  let out = '';
  t.on('data', (d) => { out += d; });
  t.on('end', () => { console.log('late:', out); done(); });
  t.write('x');
  t.write('y');
  t.end('z');
}

function failing(done) {
  const t = new Transform({
    transform(chunk, enc, cb) { cb(chunk.length > 1 ? new Error(`too long: ${chunk}`) : null, chunk); },
  });
  const log = [];
  t.on('data', (d) => log.push(`data ${d}`));
  t.on('error', (e) => log.push(`error ${e.message}`));
  t.write('a', (err) => log.push(`cb a ${err}`));
  t.write('bb', (err) => log.push(`cb bb ${err && err.message}`));
  t.write('c', (err) => log.push(`cb c ${err && err.code}`));
  t.on('close', () => { console.log('failing:', log.join(', ')); done(); });
}

function subclassFinal(done) {
  class Upper extends Transform {
    _transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); }
    _flush(cb) { cb(null, '.'); }
    _final(cb) { console.log('own _final'); cb(); }
  }
  const u = new Upper();
  let out = '';
  u.on('data', (d) => { out += d; });
  u.on('end', () => { console.log('subclass:', out); done(); });
  u.end('abc');
}

function passThrough(done) {
  const p = new PassThrough({ objectMode: true });
  const seen = [];
  p.on('data', (d) => seen.push(d));
  p.on('end', () => { console.log('passthrough:', JSON.stringify(seen)); done(); });
  p.write({ a: 1 });
  p.write(2);
  p.end('three');
}

twice(() => held(() => late(() => failing(() => subclassFinal(() => passThrough(() => {}))))));
