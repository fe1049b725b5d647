'use strict';
// question() with an AbortSignal: aborting cancels the question (the callback is
// never called, the prompt is restored, a newline goes to output); an aborted
// signal makes question() a no-op.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, terminal: false });
rl.on('line', (l) => console.log('line', JSON.stringify(l)));

const ac = new AbortController();
rl.question('Cancel me? ', { signal: ac.signal }, () => console.log('never called'));
console.log('prompt during question', JSON.stringify(rl.getPrompt()));
ac.abort();
console.log('prompt after abort', JSON.stringify(rl.getPrompt()), 'cursor', rl.cursor, 'line', JSON.stringify(rl.line));

rl.question('Pre-aborted? ', { signal: AbortSignal.abort() }, () => console.log('never'));
const ac2 = new AbortController();
rl.question('Kept? ', { signal: ac2.signal }, (a) => {
  console.log('answer', JSON.stringify(a));
  ac2.abort();
  input.write('after\n');
  setImmediate(() => {
    console.log('output', JSON.stringify(written));
    rl.close();
  });
});
input.write('yes\n');
try {
  rl.question('bad', { signal: 'nope' }, () => {});
} catch (e) {
  console.log(e.code, e.name, e.message);
}
