'use strict';
// The readline Interface shared by node:readline and node:readline/promises.
// Non-terminal mode: the input's 'data' is decoded as UTF-8 (StringDecoder) and cut
// into 'line' events at \n, \r\n and a lone \r; a \n that follows a chunk-ending \r
// within crlfDelay ms belongs to it. Terminal mode (terminal: true or output.isTTY):
// the input's 'keypress' events edit this.line (internal/readline/terminal).

const EventEmitter = require('events');
const { kFirstEventParam } = require('internal/events/symbols');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const {
  validateAbortSignal, validateNumber, validateString, validateUint32,
} = require('internal/net/validators');
const { getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');
const { cursorTo, clearScreenDown, moveCursor } = require('internal/readline/callbacks');
const { kSubstringSearch } = require('internal/readline/utils');
const S = require('internal/readline/symbols');
const { methods: terminalMethods } = require('internal/readline/terminal');

const {
  kDecoder, kLine_buffer, kLineObjectStream, kNormalWrite, kOldPrompt, kOnLine, kPrompt,
  kQuestion, kQuestionCallback, kQuestionCancel, kRefreshLine, kSawKeyPress, kSawReturnAt,
  kSetRawMode, kTtyWrite, kWriteToOutput, kGetDisplayPos, kMoveCursor, kAddHistory,
  kUndoStack, kRedoStack, kKillRing, kKillRingCursor, kPreviousKey,
} = S;

const kHistorySize = 30;
const kMincrlfDelay = 100;
const ESCAPE_CODE_TIMEOUT = 500;

// Cuts a chunk at \r\n, \n, and a \r not followed by \n (a \r ending the chunk
// counts): what string.split(/\r?\n|\r(?!\n)/) returns, without the regexp, which
// is slow in QuickJS; most chunks have no \r and take the plain split.
function splitLines(string) {
  let cr = string.indexOf('\r');
  if (cr === -1) return string.split('\n');
  const parts = [];
  let start = 0;
  let lf = string.indexOf('\n');
  while (cr !== -1 || lf !== -1) {
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      parts.push(string.slice(start, cr));
      start = lf === cr + 1 ? cr + 2 : cr + 1;
    } else {
      parts.push(string.slice(start, lf));
      start = lf + 1;
    }
    if (cr !== -1 && cr < start) cr = string.indexOf('\r', start);
    if (lf !== -1 && lf < start) lf = string.indexOf('\n', start);
  }
  parts.push(string.slice(start));
  return parts;
}

let emitKeypressEvents;

// Reads the options object form (`createInterface({ input, ... })`) into `self` and
// returns the settings the constructor goes on with.
function readOptions(self, opts) {
  const o = {
    input: opts.input, output: opts.output, completer: opts.completer,
    terminal: opts.terminal, history: opts.history, historySize: opts.historySize,
    signal: opts.signal, removeHistoryDuplicates: opts.removeHistoryDuplicates,
    crlfDelay: opts.crlfDelay, prompt: '> ',
  };
  if (opts.tabSize !== undefined) {
    validateUint32(opts.tabSize, 'tabSize', true);
    self.tabSize = opts.tabSize;
  }
  if (opts.prompt !== undefined) o.prompt = opts.prompt;
  if (opts.escapeCodeTimeout !== undefined) {
    if (!Number.isFinite(opts.escapeCodeTimeout)) {
      throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', self.escapeCodeTimeout);
    }
    self.escapeCodeTimeout = opts.escapeCodeTimeout;
  }
  if (o.signal) validateAbortSignal(o.signal, 'options.signal');
  return o;
}

function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this[kSawKeyPress] = false;
  this[kPreviousKey] = null;
  this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
  this.tabSize = 8;
  EventEmitter.call(this);

  let o = { input, output, completer, terminal, prompt: '> ', removeHistoryDuplicates: false };
  if (input?.input) o = readOptions(this, input);
  if (o.completer !== undefined && typeof o.completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', o.completer);
  }
  let history = o.history;
  if (history === undefined) history = [];
  else if (!Array.isArray(history)) throw new ERR_INVALID_ARG_TYPE('history', 'Array', history);
  const historySize = o.historySize === undefined ? kHistorySize : o.historySize;
  validateNumber(historySize, 'historySize', 0);
  if (o.terminal === undefined && o.output != null) o.terminal = !!o.output.isTTY;

  this.line = '';
  this[kSubstringSearch] = null;
  this.output = o.output;
  this.input = o.input;
  this[kUndoStack] = [];
  this[kRedoStack] = [];
  this.history = history;
  this.historySize = historySize;
  this[kKillRing] = [];
  this[kKillRingCursor] = 0;
  this.removeHistoryDuplicates = !!o.removeHistoryDuplicates;
  this.crlfDelay = o.crlfDelay ? Math.max(kMincrlfDelay, o.crlfDelay) : kMincrlfDelay;
  this.completer = o.completer;
  this.setPrompt(o.prompt);
  this.terminal = !!o.terminal;
  this[kLineObjectStream] = undefined;

  attachInput(this, o.input, o.output);
  if (o.signal) {
    const signal = o.signal;
    const onAborted = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAborted);
      this.once('close', disposable[Symbol.dispose]);
    }
  }
  this.line = '';
  o.input.resume();
}

// Listens to the input: 'data' in normal mode, 'keypress' in terminal mode; all
// listeners go away on 'close'.
function attachInput(self, input, output) {
  const onerror = (err) => self.emit('error', err);
  input.on('error', onerror);
  if (!self.terminal) {
    const ondata = (data) => self[kNormalWrite](data);
    const onend = () => {
      const rest = self[kLine_buffer];
      if (typeof rest === 'string' && rest.length > 0) self.emit('line', rest);
      self.close();
    };
    input.on('data', ondata);
    input.on('end', onend);
    self.once('close', () => {
      input.removeListener('data', ondata);
      input.removeListener('error', onerror);
      input.removeListener('end', onend);
    });
    self[kDecoder] = new StringDecoder('utf8');
    return;
  }
  const onkeypress = (s, key) => {
    self[kTtyWrite](s, key);
    if (key && key.sequence) {
      // Half of a surrogate pair: redraw so the whole character shows.
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) self[kRefreshLine]();
    }
  };
  const ontermend = () => {
    if (typeof self.line === 'string' && self.line.length > 0) self.emit('line', self.line);
    self.close();
  };
  const onresize = () => self[kRefreshLine]();
  emitKeypressEvents ??= require('internal/readline/emitKeypressEvents');
  emitKeypressEvents(input, self);
  input.on('keypress', onkeypress);
  input.on('end', ontermend);
  self[kSetRawMode](true);
  self.terminal = true;
  self.cursor = 0;
  self.historyIndex = -1;
  if (output != null) output.on('resize', onresize);
  self.once('close', () => {
    input.removeListener('keypress', onkeypress);
    input.removeListener('error', onerror);
    input.removeListener('end', ontermend);
    if (output != null) output.removeListener('resize', onresize);
  });
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

class Interface extends InterfaceConstructor {
  constructor(input, output, completer, terminal) {
    super(input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  [kSetRawMode](mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this[kRefreshLine]();
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();  // a question is already pending: only prompt again
      return;
    }
    this[kOldPrompt] = this[kPrompt];
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }

  [kOnLine](line) {
    const cb = this[kQuestionCallback];
    if (!cb) {
      this.emit('line', line);
      return;
    }
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
  }

  [kQuestionCancel]() {
    if (!this[kQuestionCallback]) return;
    this[kQuestionCallback] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  // Adds this.line to the history (newest first) and emits 'history'; returns the
  // line to hand out, which a 'history' listener may have changed.
  [kAddHistory]() {
    const line = this.line;
    if (line.length === 0) return '';
    if (this.historySize === 0) return line;
    if (line.trim().length === 0) return line;
    const history = this.history;
    if (history.length === 0 || history[0] !== line) {
      if (this.removeHistoryDuplicates) {
        const dup = history.indexOf(line);
        if (dup !== -1) history.splice(dup, 1);
      }
      history.unshift(line);
      if (history.length > this.historySize) history.pop();
    }
    this.historyIndex = -1;
    const added = history[0];
    this.emit('history', history);
    return added;
  }

  // Redraws prompt + line from the start of the prompt's first row and puts the
  // cursor back where it was.
  [kRefreshLine]() {
    const line = this[kPrompt] + this.line;
    const end = this[kGetDisplayPos](line);
    const cursorPos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](line);
    if (end.cols === 0) this[kWriteToOutput](' ');  // makes the terminal open the new row
    cursorTo(this.output, cursorPos.cols);
    const diff = end.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this.prevRows = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this[kSetRawMode](false);
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this[kTtyWrite](d, key);
    else this[kNormalWrite](d);
  }

  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      // The \r that ended the previous chunk was the first half of a \r\n.
      if (string.charCodeAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    const parts = splitLines(string);
    if (parts.length === 1) {
      if (string) this[kLine_buffer] = this[kLine_buffer] ? this[kLine_buffer] + string : string;
      return;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    const last = parts.length - 1;
    const pending = this[kLine_buffer];
    if (pending) parts[0] = pending + parts[0];
    // The rest ('' or the start of the next line) is kept before any line is
    // handed out, so that a 'line' listener that writes sees a consistent state.
    this[kLine_buffer] = parts[last];
    for (let i = 0; i < last; i++) this[kOnLine](parts[i]);
  }

  clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  // Row and column of the cursor relative to the start of the prompt.
  [kGetDisplayPos](str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;  // a row even when offset is 0 or col Infinity
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        if ((offset + 1) % col === 0) offset++;  // a wide character never straddles rows
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
  }

  // Moves the cursor dx code units (clamped to the line) and follows on screen.
  [kMoveCursor](dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    else this[kRefreshLine]();
  }

  [Symbol.asyncIterator]() {
    // The lines as events.on() iterates them, paused past 1024 unread (as Node).
    if (this[kLineObjectStream] === undefined) {
      this[kLineObjectStream] = EventEmitter.on(this, 'line', {
        close: ['close'], highWaterMark: 1024, [kFirstEventParam]: true,
      });
    }
    return this[kLineObjectStream];
  }
}

// Line editing (keys, history navigation, kill ring, undo, completion).
for (const key of Reflect.ownKeys(terminalMethods)) {
  Object.defineProperty(Interface.prototype, key, {
    value: terminalMethods[key], writable: true, configurable: true, enumerable: false,
  });
}

module.exports = { Interface, InterfaceConstructor };
