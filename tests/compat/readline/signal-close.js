'use strict';
// The signal option closes the interface when aborted (on the next tick when it
// is aborted already).
const readline = require('readline');
const { PassThrough } = require('stream');

const ac = new AbortController();
const rl = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
rl.on('close', () => console.log('closed by abort'));
console.log('open', rl.closed);
ac.abort();
console.log('after abort', rl.closed);

const rl2 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
rl2.on('close', () => console.log('closed on next tick'));
console.log('pre-aborted still open', rl2.closed);
process.nextTick(() => console.log('tick', rl2.closed));
