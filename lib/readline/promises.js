'use strict';
// node:readline/promises: the readline Interface with question() returning a
// promise (rejected with an AbortError when options.signal aborts or ^C/^D ends a
// terminal interface), createInterface() and the Readline action queue.

const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/net/validators');
const { addAbortListener } = require('events');
const { Interface: _Interface } = require('internal/readline/interface');
const { Readline } = require('internal/readline/promises');
const S = require('internal/readline/symbols');

const kNoOptions = Object.freeze({ __proto__: null });

class Interface extends _Interface {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  question(query, options = kNoOptions) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options?.signal;
      if (signal) {
        validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) return reject(new AbortError(undefined, { cause: signal.reason }));
        const disposable = addAbortListener(signal, () => {
          this[S.kQuestionCancel]();
          reject(new AbortError(undefined, { cause: signal.reason }));
        });
        cb = (answer) => {
          disposable[Symbol.dispose]();
          resolve(answer);
        };
      }
      this[S.kQuestionReject] = reject;
      this[S.kQuestion](query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
