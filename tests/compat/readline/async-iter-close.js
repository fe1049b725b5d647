'use strict';
// The async iterator ends when the interface closes; lines read before close are
// delivered; the iterator is the same object every time; break does not close.
const readline = require('readline');
const { PassThrough } = require('stream');

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const it = rl[Symbol.asyncIterator]();
  console.log('same iterator', it === rl[Symbol.asyncIterator]());
  input.write('a\nb\nc');
  setTimeout(() => rl.close(), 20);
  const seen = [];
  for await (const line of it) seen.push(line);
  console.log('seen', seen, 'closed', rl.closed);

  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2 });
  input2.write('x\ny\nz\n');
  for await (const line of rl2) {
    console.log('first', line);
    break;
  }
  console.log('after break closed', rl2.closed, 'line listeners', rl2.listenerCount('line'));
  rl2.on('line', (l) => console.log('later line', l));
  input2.write('w\n');
  setTimeout(() => rl2.close(), 10);

  const input3 = new PassThrough();
  const rl3 = readline.createInterface({ input: input3 });
  input3.end('p\nq');
  const all = [];
  for await (const l of rl3) all.push(l);
  console.log('end of input', all);
})();
