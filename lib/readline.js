'use strict';
// node:readline: line-by-line reading of a Readable (createInterface, Interface),
// the cursor helpers of internal/readline/callbacks and emitKeypressEvents. The
// legacy Interface here is callable without `new`, takes a callback-style
// completer ((line, cb) => ...; a one-argument completer is wrapped) and has the
// callback question(); node:readline/promises builds on the same internal class.

const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/net/validators');
const { addAbortListener } = require('events');
const { inspect } = require('internal/util/inspect');
const { clearLine, clearScreenDown, cursorTo, moveCursor } = require('internal/readline/callbacks');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');
const { Interface: _Interface, InterfaceConstructor } = require('internal/readline/interface');
const { ttyWriteDumb } = require('internal/readline/terminal');
const S = require('internal/readline/symbols');

const kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');
const kNoOptions = Object.freeze({ __proto__: null });

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  if (input?.input && typeof input.completer === 'function' && input.completer.length !== 2) {
    const sync = input.completer;
    input.completer = (v, cb) => cb(null, sync(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const sync = completer;
    completer = (v, cb) => cb(null, sync(v));
  }
  InterfaceConstructor.call(this, input, output, completer, terminal);
  // A dumb terminal gets no cursor movement: keys only append, submit or close.
  if (process.env.TERM === 'dumb') {
    this[S.kTtyWrite] = ttyWriteDumb.bind(this);
    this._ttyWrite = this[S.kTtyWrite];
  }
}
Object.setPrototypeOf(Interface.prototype, _Interface.prototype);
Object.setPrototypeOf(Interface, _Interface);

// rl.question(query[, options], cb): cb(answer) gets the next line. An aborted
// options.signal cancels the question (the callback is never called).
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = kNoOptions;
  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const disposable = addAbortListener(options.signal, () => this[S.kQuestionCancel]());
    const originalCb = cb;
    cb = typeof cb === 'function' ?
      (answer) => {
        disposable[Symbol.dispose]();
        return originalCb(answer);
      } :
      disposable[Symbol.dispose];
  }
  if (typeof cb === 'function') this[S.kQuestion](query, cb);
};

// util.promisify(rl.question): rejects with an AbortError when the signal aborts.
Interface.prototype.question[kCustomPromisified] = function question(query, options) {
  if (options === null || typeof options !== 'object') options = kNoOptions;
  const signal = options.signal;
  if (signal && signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  return new Promise((resolve, reject) => {
    let cb = resolve;
    if (signal) {
      const disposable = addAbortListener(signal, () => {
        reject(new AbortError(undefined, { cause: signal.reason }));
      });
      cb = (answer) => {
        disposable[Symbol.dispose]();
        resolve(answer);
      };
    }
    this.question(query, options, cb);
  });
};

// The completer here is callback-style, unlike the promise-returning one of the
// internal class.
function tabCompleteWithCallback(lastKeypressWasTab) {
  this.pause();
  const string = this.line.slice(0, this.cursor);
  this.completer(string, (err, value) => {
    this.resume();
    if (err) {
      this[S.kWriteToOutput](`Tab completion error: ${inspect(err)}`);
      return;
    }
    this[S.kTabCompleter](lastKeypressWasTab, value);
  });
}
Object.defineProperty(Interface.prototype, S.kTabComplete, {
  value: tabCompleteWithCallback, writable: true, configurable: true,
});

// The underscore names that Node has kept for the private members.
const legacyFields = {
  _decoder: S.kDecoder, _line_buffer: S.kLine_buffer, _oldPrompt: S.kOldPrompt,
  _previousKey: S.kPreviousKey, _prompt: S.kPrompt, _questionCallback: S.kQuestionCallback,
  _sawKeyPress: S.kSawKeyPress, _sawReturnAt: S.kSawReturnAt,
};
for (const name of Object.keys(legacyFields)) {
  const sym = legacyFields[name];
  Object.defineProperty(Interface.prototype, name, {
    get() { return this[sym]; },
    set(value) { this[sym] = value; },
    enumerable: true, configurable: true,
  });
}
const legacyMethods = {
  _setRawMode: S.kSetRawMode, _onLine: S.kOnLine, _writeToOutput: S.kWriteToOutput,
  _addHistory: S.kAddHistory, _refreshLine: S.kRefreshLine, _normalWrite: S.kNormalWrite,
  _insertString: S.kInsertString, _tabComplete: S.kTabComplete, _wordLeft: S.kWordLeft,
  _wordRight: S.kWordRight, _deleteLeft: S.kDeleteLeft, _deleteRight: S.kDeleteRight,
  _deleteWordLeft: S.kDeleteWordLeft, _deleteWordRight: S.kDeleteWordRight,
  _deleteLineLeft: S.kDeleteLineLeft, _deleteLineRight: S.kDeleteLineRight, _line: S.kLine,
  _historyNext: S.kHistoryNext, _historyPrev: S.kHistoryPrev, _getDisplayPos: S.kGetDisplayPos,
  _getCursorPos: 'getCursorPos', _moveCursor: S.kMoveCursor, _ttyWrite: S.kTtyWrite,
};
for (const name of Object.keys(legacyMethods)) {
  const key = legacyMethods[name];
  Object.defineProperty(Interface.prototype, name, {
    value: { [name](...args) { return this[key](...args); } }[name],
    writable: true, enumerable: true, configurable: true,
  });
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

let promises;
module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    promises ??= require('readline/promises');
    return promises;
  },
});
