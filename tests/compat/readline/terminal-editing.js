'use strict';
// Terminal mode line editing: arrows, home/end, backspace, delete, ctrl-a/e/u/k/w,
// ctrl-b/f, yank, and what is written to output.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
rl.on('line', (l) => {
  console.log('line', JSON.stringify(l), 'output', JSON.stringify(written));
  written = '';
});
const steps = [
  'hello', '\x1b[D', '\x1b[D', 'X', '\x7f', '\x1b[3~', '\r',
  'abc def', '\x01', 'Z', '\x05', '!', '\r',
  'one two three', '\x17', '\x17', '\r',
  'keep cut', '\x1b[D', '\x1b[D', '\x1b[D', '\x0b', '\x01', '\x19', '\r',
  'aé😀b', '\x1b[D', '\x1b[D', '\x7f', '\x02', '\x06', '\x1b[H', '\x1b[F', '!', '\r',
  'xyz', '\x15', 'w', '\r', 'paste\r\nmore\n',
];
let i = 0;
rl.prompt();
function next() {
  if (i === steps.length) {
    console.log('line', JSON.stringify(rl.line), 'cursor', rl.cursor, 'pos', rl.getCursorPos());
    rl.close();
    return;
  }
  input.write(steps[i++]);
  setImmediate(next);
}
next();
