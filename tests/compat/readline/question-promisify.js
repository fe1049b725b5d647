'use strict';
// util.promisify(rl.question) uses the custom promisified form: it resolves with
// the answer, or rejects with an AbortError whose cause is the signal's reason.
const readline = require('readline');
const util = require('util');
const { PassThrough } = require('stream');

(async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => { written += d; });
  const rl = readline.createInterface({ input, output });
  const question = util.promisify(rl.question).bind(rl);
  console.log('custom', typeof rl.question[util.promisify.custom]);
  setTimeout(() => input.write('42\n'), 5);
  console.log('answer', await question('Number? '));
  const ac = new AbortController();
  const p = question('Abort? ', { signal: ac.signal });
  ac.abort('reason!');
  try {
    await p;
  } catch (e) {
    console.log(e.name, e.code, e.message, e.cause);
  }
  try {
    await question('Pre? ', { signal: AbortSignal.abort(new Error('boom')) });
  } catch (e) {
    console.log(e.name, e.code, e.cause.message);
  }
  console.log('output', JSON.stringify(written));
  rl.close();
})();
