'use strict';
// Tab completion in terminal mode: a one-argument completer (legacy API wraps it),
// a callback completer with an error, and readline/promises with an async one.
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough } = require('stream');

const words = ['help', 'hello', 'history', 'quit'];
function complete(line) {
  const hits = words.filter((w) => w.startsWith(line));
  return [hits.length ? hits : words, line];
}

function run(mod, completer, steps) {
  return new Promise((resolve) => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (d) => { written += d; });
    const rl = mod.createInterface({ input, output, terminal: true, completer });
    rl.on('line', (l) => console.log('line', JSON.stringify(l)));
    let i = 0;
    const next = () => {
      if (i === steps.length) {
        console.log('output', JSON.stringify(written));
        rl.close();
        resolve();
        return;
      }
      input.write(steps[i++]);
      setTimeout(next, 5);
    };
    next();
  });
}

(async () => {
  await run(readline, complete, ['q', '\t', '\r', 'he', '\t', 'l', '\t', '\t', '\r', 'x', '\t', '\t', '\r']);
  await run(readline, (line, cb) => {
    const err = new Error('no completions');
    err.stack = 'Error: no completions (stack left out)';
    cb(err);
  }, ['a', '\t', '\r']);
  await run(readlinePromises, async (line) => complete(line), ['hi', '\t', '\r']);
  await run(readline, (line, cb) => cb(null, [['a b', 'a c'], line]), ['\t', '\t', '\r']);
})();
