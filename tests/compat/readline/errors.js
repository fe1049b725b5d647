'use strict';
// Bad arguments: codes, classes and messages.
const readline = require('readline');
const { PassThrough } = require('stream');

function t(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const input = () => new PassThrough();
t('completer string', () => readline.createInterface(input(), null, 'nope'));
t('completer option', () => readline.createInterface({ input: input(), completer: 42 }));
t('historySize -1', () => readline.createInterface({ input: input(), historySize: -1 }));
t('historySize NaN', () => readline.createInterface({ input: input(), historySize: NaN }));
t('historySize string', () => readline.createInterface({ input: input(), historySize: '5' }));
t('history object', () => readline.createInterface({ input: input(), history: {} }));
t('tabSize 0', () => readline.createInterface({ input: input(), tabSize: 0 }));
t('tabSize 1.5', () => readline.createInterface({ input: input(), tabSize: 1.5 }));
t('tabSize str', () => readline.createInterface({ input: input(), tabSize: '4' }));
t('escapeCodeTimeout', () => readline.createInterface({ input: input(), escapeCodeTimeout: Infinity }));
t('escapeCodeTimeout str', () => readline.createInterface({ input: input(), escapeCodeTimeout: '10' }));
t('signal', () => readline.createInterface({ input: input(), signal: {} }));
t('cursorTo NaN', () => readline.cursorTo(new PassThrough(), NaN));
t('cursorTo y only', () => readline.cursorTo(new PassThrough(), 'a', 1));
t('cursorTo cb', () => readline.cursorTo(new PassThrough(), 1, 1, 'x'));
t('setPrompt number then prompt', () => {
  const rl = readline.createInterface({ input: input(), output: new PassThrough() });
  rl.setPrompt(5);
  try {
    rl.prompt();
  } finally {
    rl.close();
  }
});
const rl = readline.createInterface({ input: input(), crlfDelay: 50, historySize: 0 });
console.log('crlfDelay', rl.crlfDelay, 'historySize', rl.historySize, 'tabSize', rl.tabSize, 'escapeCodeTimeout', rl.escapeCodeTimeout);
rl.close();
