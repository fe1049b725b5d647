'use strict';
// util.parseEnv: the dotenv format as Node 20's parser reads it, including its quirks
// (only spaces are trimmed, a line without '=' joins the next key, keys come out in
// byte order because Node stores them in a std::map).

const { codes } = require('internal/errors');

function trimSpaces(s) {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === ' ') start++;
  while (end > start && s[end - 1] === ' ') end--;
  return s.slice(start, end);
}

// UTF-8 byte order is code point order.
function compareCodePoints(a, b) {
  const x = Array.from(a, (c) => c.codePointAt(0));
  const y = Array.from(b, (c) => c.codePointAt(0));
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

// The value at the start of `text` (after "KEY="); returns [value or undefined, rest].
function readValue(text) {
  const quote = text[0];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = text.indexOf(quote, 1);
    if (close !== -1) {
      let value = text.slice(1, close);
      if (quote === '"') value = value.replaceAll('\\n', '\n');
      const nl = text.indexOf('\n', close + 1);
      return [value, nl === -1 ? '' : text.slice(nl + 1)];
    }
    // No closing quote: the rest of the line, quote included, is the value.
    const nl = text.indexOf('\n');
    if (nl === -1) return [undefined, ''];
    return [text.slice(0, nl), text.slice(nl)];
  }
  const nl = text.indexOf('\n');
  let value = nl === -1 ? text : text.slice(0, nl);
  const hash = value.indexOf('#');
  if (hash !== -1) value = value.slice(0, hash);
  return [trimSpaces(value), nl === -1 ? '' : text.slice(nl + 1)];
}

function parseEnv(content) {
  if (typeof content !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('content', 'string', content);
  const store = new Map();
  let text = trimSpaces(content.replace(/\r/g, ''));
  while (text.length > 0) {
    if (text[0] === '\n' || text[0] === '#') {
      const nl = text.indexOf('\n');
      if (nl !== -1) {
        text = text.slice(nl + 1);
        continue;
      }
    }
    const eq = text.indexOf('=');
    if (eq === -1) break;
    let key = trimSpaces(text.slice(0, eq));
    text = text.slice(eq + 1);
    if (key.length === 0) break;
    if (text.length === 0 || text[0] === '\n') {
      store.set(key, '');
      continue;
    }
    text = trimSpaces(text);
    if (key.startsWith('export ')) key = key.slice(7);
    if (text.length === 0) {
      store.set(key, '');
      break;
    }
    const [value, rest] = readValue(text);
    if (value !== undefined) store.set(key, value);
    text = rest;
  }
  const result = {};
  for (const key of [...store.keys()].sort(compareCodePoints)) result[key] = store.get(key);
  return result;
}

module.exports = { parseEnv };
