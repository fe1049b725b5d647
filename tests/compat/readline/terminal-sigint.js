'use strict';
// Terminal mode: ctrl-c emits 'SIGINT' when someone listens, else closes the
// interface; ctrl-d on an empty line closes it; promises question rejects.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

function make(mod) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  const rl = mod.createInterface({ input, output, terminal: true });
  rl.on('close', () => console.log('close'));
  return { rl, input };
}

(async () => {
  const a = make(readline);
  a.rl.on('SIGINT', () => console.log('SIGINT event, line', JSON.stringify(a.rl.line)));
  a.input.write('typed');
  a.input.write('\x03');
  console.log('still open', !a.rl.closed);
  a.input.write('\x04');  // not empty: deletes right (nothing there)
  a.input.write('\x15');
  a.input.write('\x04');
  console.log('closed by ctrl-d', a.rl.closed);

  const b = make(readline);
  b.input.write('\x03');
  console.log('closed by ctrl-c', b.rl.closed);

  const c = make(readlinePromises);
  const p = c.rl.question('q? ');
  c.input.write('\x03');
  try {
    await p;
  } catch (e) {
    console.log('question rejected', e.name, e.code, e.message);
  }
  const d = make(readlinePromises);
  const p2 = d.rl.question('q? ');
  d.input.write('\x04');
  await p2.catch((e) => console.log('question rejected', e.name, e.message));
})();
