'use strict';
// for await over a readline Interface with a slow consumer: every line arrives,
// in order, and the interface pauses and resumes its input under pressure.
const readline = require('readline');
const { PassThrough } = require('stream');
const { setTimeout: sleep } = require('timers/promises');

const input = new PassThrough();
const rl = readline.createInterface({ input });
let pauses = 0;
let resumes = 0;
rl.on('pause', () => pauses++);
rl.on('resume', () => resumes++);
const N = 3000;
let text = '';
for (let i = 0; i < N; i++) text += `line ${i}\n`;
input.end(text);

(async () => {
  let count = 0;
  let ok = true;
  for await (const line of rl) {
    if (line !== `line ${count}`) ok = false;
    count++;
    if (count % 500 === 0) await sleep(10);
    else if (count % 7 === 0) await null;
  }
  console.log('count', count, 'ok', ok, 'closed', rl.closed);
  console.log('paused at least once', pauses > 0, 'resumed', resumes > 0);
})();
