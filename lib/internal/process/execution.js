'use strict';
// Uncaught exceptions: 'uncaughtException' listeners, or print and exit 1 after
// emitting 'exit' (as Node does).

const binding = internalBinding('process');

function formatError(err) {
  try {
    const { inspect } = require('internal/util/inspect');
    if (err instanceof Error) return inspect(err);
    return `Uncaught ${inspect(err)}`;
  } catch {
    if (err instanceof Error) return String(err.stack || err);
    return `Uncaught ${String(err)}`;
  }
}

// Returns true when a listener handled the error.
function fatalException(err) {
  if (process.listenerCount('uncaughtExceptionMonitor') > 0) {
    process.emit('uncaughtExceptionMonitor', err, 'uncaughtException');
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, 'uncaughtException');
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

// "file:line\n<source line>\n^\n\n" for the first frame of a user file, like Node.
function sourceContext(err) {
  try {
    if (!(err instanceof Error) || typeof err.stack !== 'string') return '';
    const m = /\((\/[^():]+):(\d+)(?::\d+)?\)|at (\/[^():]+):(\d+)/.exec(err.stack);
    if (!m) return '';
    const file = m[1] || m[3];
    const line = Number(m[2] || m[4]);
    const src = internalBinding('fs').readFileUtf8(file);
    if (typeof src !== 'string') return '';
    const text = src.split('\n')[line - 1];
    if (text === undefined) return '';
    return `${file}:${line}\n${text}\n\n`;
  } catch {
    return '';
  }
}

module.exports = { fatalException };
