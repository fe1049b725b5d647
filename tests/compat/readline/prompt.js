'use strict';
// setPrompt/getPrompt/prompt() in non-terminal mode write the prompt as is; the
// prompt option; prompt() resumes a paused interface.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
const chunks = [];
output.on('data', (d) => chunks.push(d.toString()));
const rl = readline.createInterface({ input, output, prompt: 'P> ' });
console.log('getPrompt', JSON.stringify(rl.getPrompt()));
rl.on('pause', () => console.log('pause'));
rl.on('resume', () => console.log('resume'));
rl.prompt();
rl.setPrompt('next: ');
console.log('getPrompt', JSON.stringify(rl.getPrompt()));
rl.pause();
rl.prompt(true);
rl.setPrompt('');
rl.prompt();
console.log('cursor pos', rl.getCursorPos());
rl.setPrompt('ab\tc');
console.log('cursor pos with tab', rl.getCursorPos());
rl.setPrompt('日本');
console.log('cursor pos wide', rl.getCursorPos());
rl.setPrompt('\x1b[31mred\x1b[39m> ');
console.log('cursor pos ansi', rl.getCursorPos());
const rl2 = readline.createInterface({ input: new PassThrough() });
console.log('default prompt', JSON.stringify(rl2.getPrompt()), 'columns', rl2.columns);
rl2.prompt();  // no output stream: nothing written, no error
rl2.close();
setImmediate(() => {
  console.log('chunks', JSON.stringify(chunks));
  rl.close();
});
