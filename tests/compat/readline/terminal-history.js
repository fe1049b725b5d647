'use strict';
// Terminal mode on PassThrough streams: 'history' events, historySize,
// removeHistoryDuplicates, blank lines, and up/down navigation.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let written = '';
output.on('data', (d) => { written += d; });
const rl = readline.createInterface({
  input, output, terminal: true, historySize: 3, removeHistoryDuplicates: true, history: ['old'],
});
console.log('terminal', rl.terminal, 'cursor', rl.cursor, 'historyIndex', rl.historyIndex);
rl.on('history', (h) => console.log('history event', JSON.stringify(h)));
rl.on('line', (l) => console.log('line', JSON.stringify(l)));
const steps = [
  'one\r', 'two\r', 'one\r', '   \r', '\r', 'three\r', 'four\r',
  '\x1b[A', '\x1b[A', '\x1b[B', '\r', 'fo', '\x1b[A', '\x1b[A', '\r',
];
let i = 0;
function next() {
  if (i === steps.length) {
    console.log('final history', JSON.stringify(rl.history));
    console.log('output', JSON.stringify(written));
    rl.close();
    return;
  }
  input.write(steps[i++]);
  setImmediate(next);
}
next();
