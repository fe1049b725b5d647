'use strict';
// The message of a failed assert.ok(value) without a message: like Node, read the
// caller's source and quote the call expression:
//   The expression evaluated to a falsy value:
//
//     assert.ok(typeof x === 'string')
// Returns undefined when the source cannot be found (eval code, a file that has
// changed); the caller then falls back to `value == true`.

const kWrapperPrefixLength = (() => {
  try {
    return require('internal/modules/cjs').Module.wrapper[0].length;
  } catch {
    return 0;
  }
})();

// The caller's file, line and column (1-based, at the call's opening parenthesis as
// QuickJS reports it), from a stack captured above `fn`.
function callSite(fn) {
  const holder = {};
  Error.captureStackTrace(holder, fn);
  const stack = String(holder.stack || '');
  const lines = stack.split('\n');
  for (const line of lines) {
    const m = /\(?((?:file:\/\/)?\/[^():]+|[A-Za-z]:\\[^():]+):(\d+):(\d+)\)?\s*$/.exec(line);
    if (m) {
      let file = m[1];
      if (file.startsWith('file://')) file = decodeURIComponent(file.slice(7));
      return { file, line: Number(m[2]), column: Number(m[3]) };
    }
  }
  return undefined;
}

// From the index of the call's '(' find the matching ')', skipping strings,
// template literals and comments. Returns the index after ')' or -1.
function findCallEnd(src, open) {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\'' || c === '"' || c === '`') {
      i = skipQuoted(src, i, c);
      if (i < 0) return -1;
    } else if (c === '/' && src[i + 1] === '/') {
      i = src.indexOf('\n', i);
      if (i < 0) return -1;
    } else if (c === '/' && src[i + 1] === '*') {
      i = src.indexOf('*/', i + 2);
      if (i < 0) return -1;
      i++;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function skipQuoted(src, start, quote) {
  for (let i = start + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === quote) return i;
  }
  return -1;
}

function lineStarts(src) {
  const starts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') starts.push(i + 1);
  return starts;
}

function getOkMessage(fn) {
  if (typeof Error.captureStackTrace !== 'function') return undefined;
  const site = callSite(fn);
  if (site === undefined) return undefined;
  let src;
  try {
    src = internalBinding('fs').readFileUtf8(site.file);
  } catch {
    return undefined;
  }
  if (typeof src !== 'string') return undefined;
  const starts = lineStarts(src);
  if (site.line > starts.length) return undefined;
  let column = site.column - 1;
  if (site.line === 1) column -= kWrapperPrefixLength;
  const open = starts[site.line - 1] + column;
  if (src[open] !== '(') return undefined;
  let begin = open;
  while (begin > 0 && /[\w$.]/.test(src[begin - 1])) begin--;
  const end = findCallEnd(src, open);
  if (end < 0 || begin === open) return undefined;
  return format(src.slice(begin, end), begin - starts[site.line - 1]);
}

// Later lines lose up to `column` characters of indentation, as in Node.
function format(code, column) {
  const [first, ...rest] = code.split('\n');
  let message = first;
  for (const line of rest) {
    let pos = 0;
    while (pos < column && (line[pos] === ' ' || line[pos] === '\t')) pos++;
    message += `\n  ${line.slice(pos)}`;
  }
  return `The expression evaluated to a falsy value:\n\n  ${message}\n`;
}

module.exports = { getOkMessage };
