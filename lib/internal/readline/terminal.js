'use strict';
// Terminal-mode line editing for the readline Interface: what each 'keypress' does
// to this.line and this.cursor (emacs-style keys as in Node and GNU readline),
// history navigation, the kill ring, undo/redo and tab completion. The methods are
// keyed by the private symbols and installed on Interface.prototype.

const { AbortError } = require('internal/errors');
const { inspect, getStringWidth } = require('internal/util/inspect');
const { cursorTo, clearScreenDown } = require('internal/readline/callbacks');
const { charLengthAt, charLengthLeft, commonPrefix, kSubstringSearch } = require('internal/readline/utils');
const S = require('internal/readline/symbols');

const kMaxUndoRedoStackSize = 2048;
const kMaxLengthOfKillRing = 32;
const kLineEnding = /\r?\n|\r(?!\n)/g;
const kEmptyKey = Object.freeze({ __proto__: null });

const m = {};

m[S.kBeforeEdit] = function(oldText, oldCursor) {
  this[S.kPushToUndoStack](oldText, oldCursor);
};

m[S.kInsertString] = function(c) {
  this[S.kBeforeEdit](this.line, this.cursor);
  if (!this.isCompletionEnabled) {
    // Part of a pasted chunk: append without redrawing.
    this.line += c;
    this.cursor += c.length;
    this[S.kWriteToOutput](c);
    return;
  }
  if (this.cursor < this.line.length) {
    this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
    this.cursor += c.length;
    this[S.kRefreshLine]();
    return;
  }
  const oldPos = this.getCursorPos();
  this.line += c;
  this.cursor += c.length;
  const newPos = this.getCursorPos();
  if (oldPos.rows < newPos.rows) this[S.kRefreshLine]();
  else this[S.kWriteToOutput](c);
};

m[S.kTabComplete] = async function(lastKeypressWasTab) {
  this.pause();
  const string = this.line.slice(0, this.cursor);
  let value;
  try {
    value = await this.completer(string);
  } catch (err) {
    this[S.kWriteToOutput](`Tab completion error: ${inspect(err)}`);
    return;
  } finally {
    this.resume();
  }
  this[S.kTabCompleter](lastKeypressWasTab, value);
};

// Lays completions out in columns as wide as the widest one plus two spaces.
function formatCompletions(completions, columns) {
  const widths = completions.map((e) => getStringWidth(e));
  const width = Math.max(...widths) + 2;
  let maxColumns = Math.floor(columns / width) || 1;
  if (maxColumns === Infinity) maxColumns = 1;
  let output = '\r\n';
  let lineIndex = 0;
  let whitespace = 0;
  for (let i = 0; i < completions.length; i++) {
    const completion = completions[i];
    if (completion === '' || lineIndex === maxColumns) {
      output += '\r\n';
      lineIndex = 0;
      whitespace = 0;
    } else {
      output += ' '.repeat(whitespace);
    }
    if (completion !== '') {
      output += completion;
      whitespace = width - widths[i];
      lineIndex++;
    } else {
      output += '\r\n';
    }
  }
  if (lineIndex !== 0) output += '\r\n\r\n';
  return output;
}

m[S.kTabCompleter] = function(lastKeypressWasTab, { 0: completions, 1: completeOn }) {
  if (!completions || completions.length === 0) return;
  const prefix = commonPrefix(completions.filter((e) => e !== ''));
  if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
    this[S.kInsertString](prefix.slice(completeOn.length));
    return;
  } else if (!completeOn.startsWith(prefix)) {
    this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
    this.cursor = this.cursor - completeOn.length + prefix.length;
    this[S.kRefreshLine]();
    return;
  }
  if (!lastKeypressWasTab) return;
  this[S.kBeforeEdit](this.line, this.cursor);
  this[S.kWriteToOutput](formatCompletions(completions, this.columns));
  this[S.kRefreshLine]();
};

// Length of the word (and the blanks after it) left of the cursor.
function wordLeftLength(line, cursor) {
  const reversed = Array.from(line.slice(0, cursor)).reverse().join('');
  return /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed)[0].length;
}

m[S.kWordLeft] = function() {
  if (this.cursor > 0) this[S.kMoveCursor](-wordLeftLength(this.line, this.cursor));
};

m[S.kWordRight] = function() {
  if (this.cursor < this.line.length) {
    const match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
    this[S.kMoveCursor](match[0].length);
  }
};

m[S.kDeleteLeft] = function() {
  if (this.cursor > 0 && this.line.length > 0) {
    this[S.kBeforeEdit](this.line, this.cursor);
    const size = charLengthLeft(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor - size) + this.line.slice(this.cursor);
    this.cursor -= size;
    this[S.kRefreshLine]();
  }
};

m[S.kDeleteRight] = function() {
  if (this.cursor < this.line.length) {
    this[S.kBeforeEdit](this.line, this.cursor);
    const size = charLengthAt(this.line, this.cursor);
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + size);
    this[S.kRefreshLine]();
  }
};

m[S.kDeleteWordLeft] = function() {
  if (this.cursor > 0) {
    this[S.kBeforeEdit](this.line, this.cursor);
    const leading = this.line.slice(0, this.cursor - wordLeftLength(this.line, this.cursor));
    this.line = leading + this.line.slice(this.cursor);
    this.cursor = leading.length;
    this[S.kRefreshLine]();
  }
};

m[S.kDeleteWordRight] = function() {
  if (this.cursor < this.line.length) {
    this[S.kBeforeEdit](this.line, this.cursor);
    const trailing = this.line.slice(this.cursor);
    const match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
    this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
    this[S.kRefreshLine]();
  }
};

m[S.kDeleteLineLeft] = function() {
  this[S.kBeforeEdit](this.line, this.cursor);
  const del = this.line.slice(0, this.cursor);
  this.line = this.line.slice(this.cursor);
  this.cursor = 0;
  this[S.kPushToKillRing](del);
  this[S.kRefreshLine]();
};

m[S.kDeleteLineRight] = function() {
  this[S.kBeforeEdit](this.line, this.cursor);
  const del = this.line.slice(this.cursor);
  this.line = this.line.slice(0, this.cursor);
  this[S.kPushToKillRing](del);
  this[S.kRefreshLine]();
};

m[S.kPushToKillRing] = function(del) {
  const ring = this[S.kKillRing];
  if (!del || del === ring[0]) return;
  ring.unshift(del);
  this[S.kKillRingCursor] = 0;
  while (ring.length > kMaxLengthOfKillRing) ring.pop();
};

m[S.kYank] = function() {
  if (this[S.kKillRing].length > 0) {
    this[S.kYanking] = true;
    this[S.kInsertString](this[S.kKillRing][this[S.kKillRingCursor]]);
  }
};

// Replaces the text just yanked with the next older kill-ring entry.
m[S.kYankPop] = function() {
  const ring = this[S.kKillRing];
  if (!this[S.kYanking] || ring.length <= 1) return;
  const lastYank = ring[this[S.kKillRingCursor]];
  this[S.kKillRingCursor] = (this[S.kKillRingCursor] + 1) % ring.length;
  const currentYank = ring[this[S.kKillRingCursor]];
  const head = this.line.slice(0, this.cursor - lastYank.length);
  this.line = head + currentYank + this.line.slice(this.cursor);
  this.cursor = head.length + currentYank.length;
  this[S.kRefreshLine]();
};

m[S.kLine] = function() {
  const line = this[S.kAddHistory]();
  this[S.kUndoStack] = [];
  this[S.kRedoStack] = [];
  this.clearLine();
  this[S.kOnLine](line);
};

m[S.kPushToUndoStack] = function(text, cursor) {
  if (this[S.kUndoStack].push({ text, cursor }) > kMaxUndoRedoStackSize) this[S.kUndoStack].shift();
};

function swapEdit(self, from, to) {
  if (self[from].length <= 0) return;
  self[to].push({ text: self.line, cursor: self.cursor });
  const entry = self[from].pop();
  self.line = entry.text;
  self.cursor = entry.cursor;
  self[S.kRefreshLine]();
}

m[S.kUndo] = function() { swapEdit(this, S.kUndoStack, S.kRedoStack); };
m[S.kRedo] = function() { swapEdit(this, S.kRedoStack, S.kUndoStack); };

// Moves through the history (dir +1: older, -1: newer), skipping entries that do
// not start with the text that was left of the cursor when navigation began, and
// entries equal to the current line; past either end the search text comes back.
function navigateHistory(self, dir) {
  const history = self.history;
  if (dir > 0 ? !(self.historyIndex < history.length && history.length) : !(self.historyIndex >= 0)) return;
  self[S.kBeforeEdit](self.line, self.cursor);
  const search = self[kSubstringSearch] || '';
  let index = self.historyIndex + dir;
  while (index >= 0 && index < history.length &&
         (!history[index].startsWith(search) || self.line === history[index])) {
    index += dir;
  }
  self.line = index === -1 || index === history.length ? search : history[index];
  self.historyIndex = index;
  self.cursor = self.line.length;
  self[S.kRefreshLine]();
}

m[S.kHistoryNext] = function() { navigateHistory(this, -1); };
m[S.kHistoryPrev] = function() { navigateHistory(this, +1); };

function ctrlC(self) {
  if (self.listenerCount('SIGINT') > 0) {
    self.emit('SIGINT');
  } else {
    self.close();  // nobody handles ^C: this interface is finished
    self[S.kQuestionReject]?.(new AbortError('Aborted with Ctrl+C'));
  }
}

function ctrlZ(self) {
  if (process.platform === 'win32') return;
  if (self.listenerCount('SIGTSTP') > 0) {
    self.emit('SIGTSTP');
    return;
  }
  process.once('SIGCONT', () => {
    if (!self.paused) {
      // Pause and resume after SIGCONT so that ^C, ^Z and EOF are caught again.
      self.pause();
      self.emit('SIGCONT');
    }
    self[S.kSetRawMode](true);
    self[S.kRefreshLine]();
  });
  self[S.kSetRawMode](false);
  process.kill(process.pid, 'SIGTSTP');
}

// Keys with ctrl held (without shift).
function ctrlKey(self, name) {
  switch (name) {
    case 'c': ctrlC(self); break;
    case 'h': self[S.kDeleteLeft](); break;
    case 'd':
      if (self.cursor === 0 && self.line.length === 0) {
        self.close();
        self[S.kQuestionReject]?.(new AbortError('Aborted with Ctrl+D'));
      } else if (self.cursor < self.line.length) {
        self[S.kDeleteRight]();
      }
      break;
    case 'u': self[S.kDeleteLineLeft](); break;
    case 'k': self[S.kDeleteLineRight](); break;
    case 'a': self[S.kMoveCursor](-Infinity); break;
    case 'e': self[S.kMoveCursor](+Infinity); break;
    case 'b': self[S.kMoveCursor](-charLengthLeft(self.line, self.cursor)); break;
    case 'f': self[S.kMoveCursor](+charLengthAt(self.line, self.cursor)); break;
    case 'l':
      cursorTo(self.output, 0, 0);
      clearScreenDown(self.output);
      self[S.kRefreshLine]();
      break;
    case 'n': self[S.kHistoryNext](); break;
    case 'p': self[S.kHistoryPrev](); break;
    case 'y': self[S.kYank](); break;
    case 'z': ctrlZ(self); break;
    case 'w': case 'backspace': self[S.kDeleteWordLeft](); break;
    case 'delete': self[S.kDeleteWordRight](); break;
    case 'left': self[S.kWordLeft](); break;
    case 'right': self[S.kWordRight](); break;
  }
}

function metaKey(self, name) {
  switch (name) {
    case 'b': self[S.kWordLeft](); break;
    case 'f': self[S.kWordRight](); break;
    case 'd': case 'delete': self[S.kDeleteWordRight](); break;
    case 'backspace': self[S.kDeleteWordLeft](); break;
    case 'y': self[S.kYankPop](); break;
  }
}

// Inserts s; each line ending in it submits the line so far.
function insertText(self, s) {
  kLineEnding.lastIndex = 0;
  let lastIndex = 0;
  let match;
  while ((match = kLineEnding.exec(s)) !== null) {
    self[S.kInsertString](s.slice(lastIndex, match.index));
    lastIndex = kLineEnding.lastIndex;
    self[S.kLine]();
    kLineEnding.lastIndex = lastIndex;  // kLine may have run code that used the regexp
  }
  self[S.kInsertString](s.slice(lastIndex));
}

function plainKey(self, s, key, previousKey) {
  if (self[S.kSawReturnAt] && key.name !== 'enter') self[S.kSawReturnAt] = 0;
  switch (key.name) {
    case 'return':
      self[S.kSawReturnAt] = Date.now();
      self[S.kLine]();
      return;
    case 'enter':
      // A \n right after a \r is the second half of \r\n.
      if (self[S.kSawReturnAt] === 0 || Date.now() - self[S.kSawReturnAt] > self.crlfDelay) self[S.kLine]();
      self[S.kSawReturnAt] = 0;
      return;
    case 'backspace': self[S.kDeleteLeft](); return;
    case 'delete': self[S.kDeleteRight](); return;
    case 'left': self[S.kMoveCursor](-charLengthLeft(self.line, self.cursor)); return;
    case 'right': self[S.kMoveCursor](+charLengthAt(self.line, self.cursor)); return;
    case 'home': self[S.kMoveCursor](-Infinity); return;
    case 'end': self[S.kMoveCursor](+Infinity); return;
    case 'up': self[S.kHistoryPrev](); return;
    case 'down': self[S.kHistoryNext](); return;
    case 'tab':
      if (typeof self.completer === 'function' && self.isCompletionEnabled) {
        self[S.kTabComplete](!!previousKey && previousKey.name === 'tab');
        return;
      }
      break;
  }
  if (typeof s === 'string' && s) insertText(self, s);
}

m[S.kTtyWrite] = function(s, key) {
  const previousKey = this[S.kPreviousKey];
  key = key || kEmptyKey;
  this[S.kPreviousKey] = key;
  if (!key.meta || key.name !== 'y') this[S.kYanking] = false;  // only yank-pop keeps it
  const plainArrow = (key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift;
  if (plainArrow) {
    if (this[kSubstringSearch] === null) this[kSubstringSearch] = this.line.slice(0, this.cursor);
  } else if (this[kSubstringSearch] !== null) {
    this[kSubstringSearch] = null;
    if (this.history.length === this.historyIndex) this.historyIndex = -1;
  }
  if (typeof key.sequence === 'string') {
    const code = key.sequence.codePointAt(0);
    if (code === 0x1f) return this[S.kUndo]();  // ctrl + -
    if (code === 0x1e) return this[S.kRedo]();  // ctrl + ^
  }
  if (key.name === 'escape') return;
  if (key.ctrl && key.shift) {
    if (key.name === 'backspace') this[S.kDeleteLineLeft]();
    else if (key.name === 'delete') this[S.kDeleteLineRight]();
  } else if (key.ctrl) {
    ctrlKey(this, key.name);
  } else if (key.meta) {
    metaKey(this, key.name);
  } else {
    plainKey(this, s, key, previousKey);
  }
};

// TERM=dumb: no cursor addressing, only appending, enter, ^C and ^D.
function ttyWriteDumb(s, key) {
  key = key || kEmptyKey;
  if (key.name === 'escape') return;
  if (this[S.kSawReturnAt] && key.name !== 'enter') this[S.kSawReturnAt] = 0;
  if (key.ctrl && key.name === 'c') {
    if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
    else this.close();
    return;
  }
  if (key.ctrl && key.name === 'd') {
    this.close();
    return;
  }
  if (key.name === 'return') {
    this[S.kSawReturnAt] = Date.now();
    this[S.kLine]();
  } else if (key.name === 'enter') {
    if (this[S.kSawReturnAt] === 0 || Date.now() - this[S.kSawReturnAt] > this.crlfDelay) this[S.kLine]();
    this[S.kSawReturnAt] = 0;
  } else if (typeof s === 'string' && s) {
    this.line += s;
    this.cursor += s.length;
    this[S.kWriteToOutput](s);
  }
}

module.exports = { methods: m, ttyWriteDumb };
