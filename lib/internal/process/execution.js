'use strict';
// Uncaught exceptions: 'uncaughtException' listeners, or print and exit 1 after
// emitting 'exit' (as Node does).

const binding = internalBinding('process');
const { kEnhanceStackBeforeInspector } = require('internal/errors');

// Node prints an error's stack (with its own properties); any other thrown value is
// printed as inspect() shows it, with a hint for primitives.
function formatError(err) {
  let text;
  try {
    const enhance = err !== null && typeof err === 'object' ? err[kEnhanceStackBeforeInspector] : undefined;
    if (typeof enhance === 'function') err.stack = enhance();
  } catch {
    // We are just enhancing the error. If it fails, ignore it.
  }
  try {
    text = require('internal/util/inspect').inspect(err);
  } catch {
    text = err instanceof Error ? String(err.stack || err) : String(err);
  }
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
    text += '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
  }
  return text;
}

function noop() {}

// Returns true when a listener handled the error.
function fatalException(err) {
  const origin = require('internal/process/task_queues').takeExceptionOrigin();
  if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
    process.emit('uncaughtExceptionMonitor', err, origin);
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, origin);
    // As Node: the scope that threw ran no ticks; an immediate makes sure the
    // next check phase has a scope that runs them.
    require('timers').setImmediate(noop);
    return true;
  }
  binding.writeString(2, `${sourceContext(err)}${formatError(err)}\n\nNode.js ${process.version}\n`);
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch {
      // an 'exit' listener threw: still exit
    }
  }
  return false;
}

// The first-line prefix compileFunction() adds around CommonJS code; QuickJS counts
// columns of line 1 from the start of the wrapper.
const kWrapperHead = '(function (exports, require, module, __filename, __dirname) {';

// "file:line\n<source line>\n   ^\n\n" for the first frame in a user file, like Node.
function sourceContext(err) {
  try {
    if (!(err instanceof Error) || typeof err.stack !== 'string') return '';
    const m = /\((\/[^():]+):(\d+):(\d+)\)|at (\/[^():]+):(\d+):(\d+)/.exec(err.stack);
    if (!m) return '';
    const file = m[1] || m[4];
    const line = Number(m[2] || m[5]);
    let col = Number(m[3] || m[6]);
    const src = internalBinding('fs').readFileUtf8(file);
    if (typeof src !== 'string') return '';
    const text = src.split('\n')[line - 1];
    if (text === undefined) return '';
    if (line === 1 && !file.endsWith('.mjs') && col > kWrapperHead.length) col -= kWrapperHead.length;
    const caret = col >= 1 && col <= text.length + 1 ? `${' '.repeat(col - 1)}^\n` : '';
    return `${file}:${line}\n${text}\n${caret}\n`;
  } catch {
    return '';
  }
}

module.exports = { fatalException };
