'use strict';
// A \r that ends a chunk followed by a \n in the next chunk: one line ending while
// within crlfDelay, two (an extra empty line) when the \n comes later.
const readline = require('readline');
const { PassThrough } = require('stream');

function run(label, crlfDelay, gap) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input, crlfDelay });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    rl.on('close', () => {
      console.log(label, 'crlfDelay', rl.crlfDelay, JSON.stringify(lines));
      resolve();
    });
    input.write('a\r');
    setTimeout(() => {
      input.write('\nb\r');
      input.write('\r\n');
      input.end('c');
    }, gap);
  });
}

(async () => {
  await run('immediate', undefined, 0);
  await run('infinite', Infinity, 250);
  await run('late', 100, 300);
  await run('small', 5, 0);
  await run('zero', 0, 0);
})();
