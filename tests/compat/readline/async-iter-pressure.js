'use strict';
// The line iterator under pressure: lines emitted before anyone reads queue up,
// the interface pauses past 1024 unread lines and resumes when they are read; an
// 'error' on the input rejects next() after the queued lines... of the iterator
// that is waiting; throw() and return() end it.
const readline = require('readline');
const { PassThrough } = require('stream');

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const events = [];
  rl.on('pause', () => events.push('pause@' + seen));
  rl.on('resume', () => events.push('resume@' + seen));
  let seen = 0;
  const it = rl[Symbol.asyncIterator]();
  let text = '';
  for (let i = 0; i < 2500; i++) text += i + '\n';
  input.write(text);
  input.write('tail\n');
  for (;;) {
    const { value, done } = await it.next();
    if (done) break;
    seen++;
    if (value === 'tail') rl.close();
  }
  console.log('seen', seen, events.join(' '));

  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2 });
  const it2 = rl2[Symbol.asyncIterator]();
  input2.write('one\n');
  setTimeout(() => input2.emit('error', new Error('input broke')), 5);
  try {
    for await (const line of it2) console.log('it2 line', line);
  } catch (e) {
    console.log('it2 error', e.message);
  }
  console.log('it2 next after error', JSON.stringify(await it2.next()));
  rl2.close();

  const rl3 = readline.createInterface({ input: new PassThrough() });
  const it3 = rl3[Symbol.asyncIterator]();
  const pending = it3.next();
  try {
    it3.throw('not an error');
  } catch (e) {
    console.log('throw non-error', e.code);
  }
  it3.throw(new Error('stop'));
  await pending.catch((e) => console.log('pending rejected', e.message));
  console.log('after throw', JSON.stringify(await it3.next()));
  console.log('return', JSON.stringify(await it3.return()));
  rl3.close();
})();
