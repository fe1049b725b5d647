'use strict';
// rl.question() writes the query to output, answers with the next line and puts
// the old prompt back; a second question while one is pending only re-prompts.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({ input, output, prompt: '$ ' });
console.log('terminal', rl.terminal, 'prompt', JSON.stringify(rl.getPrompt()));
rl.on('line', (l) => console.log('line event', JSON.stringify(l)));
rl.question('What is your name? ', (answer) => {
  console.log('answer', JSON.stringify(answer), 'prompt now', JSON.stringify(rl.getPrompt()));
  rl.question('Again? ', (a2) => console.log('never', a2));
  rl.question('Ignored? ', () => console.log('never either'));
  rl.question('Ignored? ', () => console.log('never either'));
  input.write('second answer\n');
  input.write('a plain line\n');
  setImmediate(() => {
    rl.close();
    console.log('output', JSON.stringify(written));
  });
});
input.write('Ada Lov');
input.write('elace\nrest');
