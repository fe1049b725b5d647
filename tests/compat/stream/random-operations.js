'use strict';
// Seeded random sequences of Readable / Writable / Transform operations (push,
// read(n), unshift, setEncoding, pause/resume, 'data' listeners, write, cork/uncork,
// end, pipe/unpipe, destroy), with every event logged. The log must match Node's
// line for line: event order, return values, lengths and flags.
const { Readable, Writable, Transform, PassThrough } = require('stream');

const SEEDS = 80;
const STEPS = 90;

function runSeed(seed, done) {
  const rnd = (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >>> 12) % n;
  };
  const log = [];
  const L = (s) => log.push(s);
  const show = (v) => (v === null ? 'null' : Buffer.isBuffer(v) ? `b:${v.toString('latin1')}` :
    typeof v === 'string' ? `s:${v}` : JSON.stringify(v));
  const objectMode = rnd(5) === 0;
  const encoding = !objectMode && rnd(4) === 0 ? ['utf8', 'hex', 'latin1'][rnd(3)] : undefined;
  const hwm = [0, 1, 3, 16, undefined][rnd(5)];
  const syncWrite = rnd(2) === 0;
  const r = new Readable({ objectMode, highWaterMark: hwm, encoding, read(n) { L(`_read ${n}`); } });
  const w = new Writable({
    objectMode,
    highWaterMark: [1, 4, 16, undefined][rnd(4)],
    decodeStrings: rnd(3) !== 0,
    write(chunk, enc, cb) {
      L(`_write ${show(chunk)} ${enc}`);
      if (syncWrite) cb();
      else setImmediate(cb);
    },
    writev: rnd(3) === 0 ? (chunks, cb) => { L(`_writev ${chunks.length}`); setImmediate(cb); } : undefined,
    final: rnd(2) ? (cb) => { L('_final'); cb(); } : undefined,
  });
  const t = rnd(2) ? new PassThrough({ objectMode, highWaterMark: hwm }) : new Transform({
    objectMode,
    transform(c, enc, cb) {
      if (rnd(2)) cb(null, c);
      else setImmediate(() => cb(null, c));
    },
  });
  for (const [name, s] of [['r', r], ['w', w], ['t', t]]) {
    for (const ev of ['end', 'finish', 'close', 'drain', 'pause', 'resume', 'pipe', 'unpipe', 'prefinish', 'readable']) {
      if (ev === 'readable' && rnd(2)) continue;
      s.on(ev, () => L(`${name}:${ev}`));
    }
    s.on('error', (e) => L(`${name}:error ${e.code || e.message}`));
  }
  const chunk = () => (objectMode ? { v: rnd(100) } : ['ab', 'cde', 'f', '€x', 'ghij'][rnd(5)]);
  const flags = () => [r.readableFlowing, r.readableEnded, w.writableEnded, w.writableFinished,
    w.writableNeedDrain, r.destroyed, w.destroyed].join(' ');
  // After the last operation, a fixed number of loop turns lets queued writes and
  // their callbacks finish (the same count under both runtimes: no clock involved).
  function settle(turns) {
    if (turns > 0) return setImmediate(settle, turns - 1);
    console.log(log.join('\n'));
    done();
  }
  let step = 0;
  function op() {
    if (step++ > STEPS) return settle(50);
    try {
      switch (rnd(16)) {
        case 0: case 1: case 2: L(`push -> ${r.push(chunk())}`); break;
        case 3: {
          const n = rnd(3) ? undefined : rnd(5);
          L(`read(${n}) len ${r.readableLength} -> ${show(r.read(n))}`);
          break;
        }
        case 4: L('unshift'); r.unshift(chunk()); break;
        case 5:
          if (rnd(2)) { r.on('data', (d) => L(`r:data ${show(d)}`)); L('on data'); } else { r.pause(); L('pause'); }
          break;
        case 6: r.resume(); L('resume'); break;
        case 7:
          if (!objectMode && rnd(3) === 0) { r.setEncoding('utf8'); L('setEncoding'); } else {
            L(`write -> ${w.write(chunk(), (e) => L(`wcb ${e && e.code}`))}`);
          }
          break;
        case 8: w.cork(); L('cork'); break;
        case 9: w.uncork(); L('uncork'); break;
        case 10:
          if (rnd(4) === 0) { w.end((e) => L(`endcb ${e && e.code}`)); L('w.end'); } else L(`write2 -> ${w.write(chunk())}`);
          break;
        case 11: if (rnd(3) === 0) { r.push(null); L('push null'); } else L(`t.write -> ${t.write(chunk())}`); break;
        case 12:
          if (rnd(3) === 0) { r.pipe(t); L('pipe r t'); } else {
            L(`lengths ${r.readableLength} ${w.writableLength} ${t.readableLength} ${t.writableLength}`);
          }
          break;
        case 13: if (rnd(3) === 0) { t.pipe(w); L('pipe t w'); } else L(`flags ${flags()}`); break;
        case 14:
          if (rnd(6) === 0) { (rnd(2) ? r : w).destroy(rnd(2) ? new Error('boom') : undefined); L('destroy'); } else {
            L(`t.read -> ${show(t.read())}`);
          }
          break;
        case 15: if (rnd(4) === 0) { r.unpipe(); L('unpipe'); } else L(`isPaused ${r.isPaused()}`); break;
      }
    } catch (e) {
      L(`throw ${e.code || e.message}`);
    }
    if (rnd(3) === 0) process.nextTick(op);
    else if (rnd(2)) setImmediate(op);
    else op();
  }
  op();
}

let seed = 1;
(function next() {
  if (seed > SEEDS) return;
  console.log(`== seed ${seed}`);
  runSeed(seed++, next);
})();
