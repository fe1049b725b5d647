'use strict';
// readline over process.stdin when stdin is empty (/dev/null): the interface
// closes at once, a pending question never gets an answer, and the process exits.
const readline = require('readline');

const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: false });
rl.on('line', (l) => console.log('unexpected line', l));
rl.question('Name? ', (a) => console.log('unexpected answer', a));
rl.on('close', () => console.log('\nclosed, terminal', rl.terminal));
