'use strict';
// Helpers shared by the readline Interface and emitKeypressEvents: code-point
// lengths around a cursor, the common prefix of completions, and the key decoder
// (a generator fed one character at a time that emits 'keypress' on the stream,
// with the same key objects as Node's emitKeys).

const { CSI: { kEscape } } = require('internal/readline/callbacks');
const kSubstringSearch = Symbol('kSubstringSearch');

// UTF-16 units taken by the character left of index i (0, 1 or 2).
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if ((i > 1 && str.codePointAt(i - 2) >= 0x10000) || str.codePointAt(i - 1) >= 0x10000) return 2;
  return 1;
}

// UTF-16 units taken by the character at index i; past the end, 1 (moving right
// past the end is how completion previews advance).
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

// Escape-sequence codes (after ESC, with the modifier taken out) to key names.
// An entry 'name+shift' / 'name+ctrl' also sets that flag (rxvt's variants).
const kKeyCodes = {
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9',
  '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  '[[5~': 'pageup', '[[6~': 'pagedown', '[7~': 'home', '[8~': 'end',
  '[a': 'up+shift', '[b': 'down+shift', '[c': 'right+shift', '[d': 'left+shift', '[e': 'clear+shift',
  '[2$': 'insert+shift', '[3$': 'delete+shift', '[5$': 'pageup+shift', '[6$': 'pagedown+shift',
  '[7$': 'home+shift', '[8$': 'end+shift',
  'Oa': 'up+ctrl', 'Ob': 'down+ctrl', 'Oc': 'right+ctrl', 'Od': 'left+ctrl', 'Oe': 'clear+ctrl',
  '[2^': 'insert+ctrl', '[3^': 'delete+ctrl', '[5^': 'pageup+ctrl', '[6^': 'pagedown+ctrl',
  '[7^': 'home+ctrl', '[8^': 'end+ctrl',
  '[Z': 'tab+shift',
  '[200~': 'paste-start', '[201~': 'paste-end',  // bracketed paste
};

function isDigit(ch) {
  return ch >= '0' && ch <= '9';
}

function nameEscapeCode(key, code) {
  const entry = kKeyCodes[code];
  if (entry === undefined) {
    key.name = 'undefined';
    return;
  }
  const plus = entry.indexOf('+');
  if (plus === -1) {
    key.name = entry;
  } else {
    key.name = entry.slice(0, plus);
    key[entry.slice(plus + 1)] = true;
  }
}

// Names a character that is not part of an escape sequence (`escaped`: it came
// right after ESC, i.e. with meta).
function namePlainChar(key, ch, escaped) {
  if (ch === '\r' || ch === '\n' || ch === '\t') {
    key.name = ch === '\r' ? 'return' : ch === '\n' ? 'enter' : 'tab';
    key.meta = escaped;
  } else if (ch === '\b' || ch === '\x7f') {
    key.name = 'backspace';
    key.meta = escaped;
  } else if (ch === kEscape) {
    key.name = 'escape';
    key.meta = escaped;
  } else if (ch === ' ') {
    key.name = 'space';
    key.meta = escaped;
  } else if (!escaped && ch <= '\x1a') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 96);  // ctrl + letter
    key.ctrl = true;
  } else if (/^[0-9A-Za-z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = /^[A-Z]$/.test(ch);
    key.meta = escaped;
  } else if (escaped) {
    // The escape timed out (ch is '') or ESC came before an unnamed character.
    key.name = ch.length ? undefined : 'escape';
    key.meta = true;
  }
}

// Patterns (from midnight commander's key.c, as Node lists them):
// ESC letter; ESC [ [modifier] letter; ESC [ 1 ; modifier letter;
// ESC [ num [; modifier] char (char: ~ $ ^); ESC O [modifier] letter;
// ESC [ [ ...; and a doubled leading ESC means the same as one.
// modifier = 1 + shift*1 + alt*2 + ctrl*4 + meta*8.
function* emitKeys(stream) {
  for (;;) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        s += (ch = yield);
        if (ch === '[') {
          code += ch;
          s += (ch = yield);
        }
        // Buffer just enough for `\x1b[24;5~` ({ code: '[24~', modifier: 5 }),
        // `\x1b[1;5H` ({ code: '[H', modifier: 5 }) or `\x1b[200~` (three digits,
        // no modifier: bracketed paste).
        const cmdStart = s.length - 1;
        for (let digits = 0; digits < 3 && isDigit(ch); digits++) s += (ch = yield);
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += yield;
        }
        const cmd = s.slice(cmdStart);
        let match;
        if ((match = /^(\d\d?)(;(\d))?([~^$])$/.exec(cmd))) {
          code += match[1] + match[4];
          modifier = (match[3] || 1) - 1;
        } else if (/^\d{3}~$/.test(cmd)) {
          code += cmd;
        } else if ((match = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd))) {
          code += match[4];
          modifier = (match[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      nameEscapeCode(key, code);
    } else {
      namePlainChar(key, ch, escaped);
    }

    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      stream.emit('keypress', s, key);  // a single unnamed character, e.g. '.'
    }
    // Anything else is a broken escape sequence: nothing is emitted.
  }
}

module.exports = { charLengthAt, charLengthLeft, commonPrefix, emitKeys, kEscape, kSubstringSearch };
