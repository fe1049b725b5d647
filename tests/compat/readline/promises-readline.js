'use strict';
// readline/promises Readline: actions queue until commit(), rollback() drops them,
// autoCommit writes on the next tick; argument errors.
const { Readline } = require('readline/promises');
const { PassThrough } = require('stream');

(async () => {
  const out = new PassThrough();
  const writes = [];
  out.on('data', (d) => writes.push(d.toString()));
  const rl = new Readline(out);
  const same = rl.cursorTo(3).cursorTo(1, 2).moveCursor(-2, 3).moveCursor(4, -1).moveCursor(0, 0)
    .clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
  console.log('chained', same === rl);
  console.log('before commit', writes.length);
  const r = await rl.commit();
  console.log('commit resolved', r);
  await new Promise((res) => setImmediate(res));
  console.log(JSON.stringify(writes));
  rl.cursorTo(9).rollback();
  await rl.commit();
  await new Promise((res) => setImmediate(res));
  console.log('after rollback', JSON.stringify(writes));
  const auto = new Readline(out, { autoCommit: true });
  auto.cursorTo(5);
  console.log('auto sync', writes.length);
  await new Promise((res) => process.nextTick(res));
  await new Promise((res) => setImmediate(res));
  console.log('auto later', JSON.stringify(writes.slice(-1)));
  for (const [label, fn] of [
    ['not writable', () => new Readline({})],
    ['autoCommit', () => new Readline(out, { autoCommit: 'yes' })],
    ['x float', () => rl.cursorTo(1.5)],
    ['y string', () => rl.cursorTo(1, '2')],
    ['dx', () => rl.moveCursor('1', 0)],
    ['dir', () => rl.clearLine(2)],
    ['dir missing', () => rl.clearLine()],
  ]) {
    try {
      fn();
      console.log(label, 'ok');
    } catch (e) {
      console.log(label, e.name, e.code, e.message);
    }
  }
})();
