'use strict';
// With TERM=dumb, prompt() writes the prompt as is even in terminal mode, and the
// interface gets the restricted _ttyWrite of Node's dumb-terminal mode.
process.env.TERM = 'dumb';
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: true, prompt: 'dumb> ' });
console.log('own _ttyWrite', Object.hasOwn(rl, '_ttyWrite'));
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
rl.prompt();
rl._ttyWrite('ab', { name: 'a' });
rl._ttyWrite('\r', { name: 'return' });
rl._ttyWrite('\n', { name: 'enter' });
rl._ttyWrite(undefined, { name: 'escape' });
rl._ttyWrite('cd', {});
rl._ttyWrite('\n', { name: 'enter' });
input.write('xy\x1b[Dz\r');
setImmediate(() => {
  console.log('output', JSON.stringify(written));
  rl.on('close', () => console.log('closed by ctrl-d'));
  rl._ttyWrite(undefined, { ctrl: true, name: 'd' });
});
