// The Readable async iterator: concurrent next() calls, explicit return() and
// throw(), iterator({ destroyOnReturn: false }), iterating an already ended or
// errored stream, and errors after some chunks.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
async function main() {
  // concurrent next()
  const r1 = new Readable({ objectMode: true, read() {} });
  const it1 = r1[Symbol.asyncIterator]();
  const ps = [it1.next(), it1.next(), it1.next()];
  r1.push('a'); r1.push('b'); r1.push(null);
  const res = await Promise.all(ps);
  log('concurrent', JSON.stringify(res));

  // explicit return()
  const r2 = Readable.from([1, 2, 3]);
  const it2 = r2[Symbol.asyncIterator]();
  log('first', JSON.stringify(await it2.next()));
  log('return', JSON.stringify(await it2.return('v')));
  log('after return destroyed', r2.destroyed, JSON.stringify(await it2.next()));

  // destroyOnReturn: false keeps the stream usable
  const r3 = Readable.from([1, 2, 3]);
  for await (const v of r3.iterator({ destroyOnReturn: false })) { log('r3 v', v); break; }
  log('r3 destroyed', r3.destroyed);
  const rest = [];
  for await (const v of r3) rest.push(v);
  log('r3 rest', rest.join(','));

  // throw() from inside the loop destroys with the error? (it destroys the stream)
  const r4 = Readable.from([1, 2, 3]);
  r4.on('error', (e) => log('r4 error event', e.message));
  try {
    for await (const v of r4) { log('r4 v', v); throw new Error('in loop'); }
  } catch (e) { log('r4 caught', e.message, 'destroyed', r4.destroyed, 'errored', r4.errored && r4.errored.name, r4.errored && r4.errored.code); }

  // already ended stream
  const r5 = new Readable({ read() {} });
  r5.push(null);
  r5.resume();
  await new Promise((res) => r5.on('end', res));
  const chunks5 = [];
  for await (const c of r5) chunks5.push(c);
  log('ended stream chunks', chunks5.length);

  // error after some chunks
  let i = 0;
  const r6 = new Readable({ objectMode: true, read() { i++; if (i < 3) this.push(i); else this.destroy(new Error('mid fail')); } });
  const got6 = [];
  try { for await (const v of r6) got6.push(v); } catch (e) { log('r6', got6.join(','), e.message); }

  // already errored stream
  const r7 = new Readable({ read() {} });
  r7.on('error', () => {});
  r7.destroy(new Error('pre'));
  try { for await (const c of r7) log('unexpected', c); } catch (e) { log('r7', e.message); }

  // destroyed without error mid-iteration -> premature close
  const r8 = new Readable({ objectMode: true, read() {} });
  r8.push('x');
  try {
    for await (const v of r8) { log('r8 v', v); r8.destroy(); }
    log('r8 loop ended normally');
  } catch (e) { log('r8', e.code, e.message); }
}
main();
