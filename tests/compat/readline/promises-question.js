'use strict';
// readline/promises: question() resolves with the answer; an AbortSignal rejects it
// with an AbortError and cancels the question; pre-aborted signals reject at once.
const readlinePromises = require('node:readline/promises');
const { PassThrough } = require('stream');

(async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = readlinePromises.createInterface({ input, output, terminal: false });
  console.log('instanceof', rl instanceof readlinePromises.Interface, rl instanceof require('events'));
  setTimeout(() => input.write('blue\n'), 5);
  const answer = await rl.question('Favourite colour? ');
  console.log('answer', JSON.stringify(answer));

  const ac = new AbortController();
  const p = rl.question('Will abort? ', { signal: ac.signal });
  setTimeout(() => ac.abort(), 5);
  try {
    await p;
  } catch (e) {
    console.log('rejected', e.name, e.code, e.message, e.cause && e.cause.name);
  }
  try {
    await rl.question('Pre-aborted? ', { signal: AbortSignal.abort('why') });
  } catch (e) {
    console.log('pre-aborted', e.name, e.cause);
  }
  try {
    await rl.question('Bad signal? ', { signal: 1 });
  } catch (e) {
    console.log('bad signal', e.code);
  }
  rl.on('line', (l) => console.log('line', l));
  input.write('plain\n');
  await new Promise((r) => setImmediate(r));
  console.log('output', JSON.stringify(written));
  rl.close();
  const rl2 = new readlinePromises.Interface({ input: new PassThrough() });
  console.log('constructed', typeof rl2.question, rl2.getPrompt());
  rl2.close();
})();
