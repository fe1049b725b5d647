'use strict';
// Error.captureStackTrace and Error.stackTraceLimit, which QuickJS 2025-04-26 lacks
// and which libraries call. The stack is rebuilt from a fresh Error, minus the
// frames of this helper (and above `constructorOpt` when given).

if (typeof Error.captureStackTrace !== 'function') {
  Object.defineProperty(Error, 'captureStackTrace', {
    value: function captureStackTrace(obj, constructorOpt) {
      if (obj === null || typeof obj !== 'object' && typeof obj !== 'function') {
        throw new TypeError('Invalid argument');
      }
      const raw = new Error().stack || '';
      let lines = raw.split('\n');
      lines.shift(); // this function's own frame
      if (typeof constructorOpt === 'function' && constructorOpt.name) {
        const idx = lines.findIndex((l) => l.includes(`at ${constructorOpt.name} `) || l.includes(`.${constructorOpt.name} `));
        if (idx !== -1) lines = lines.slice(idx + 1);
      }
      let head;
      try {
        const name = obj.name ?? 'Error';
        const message = obj.message;
        head = message ? `${name}: ${message}` : `${name}`;
      } catch {
        head = 'Error';
      }
      Object.defineProperty(obj, 'stack', {
        value: [head, ...lines].join('\n').replace(/\n+$/, ''),
        writable: true, configurable: true, enumerable: false,
      });
    },
    writable: true, configurable: true, enumerable: false,
  });
}
if (!('stackTraceLimit' in Error)) {
  Error.stackTraceLimit = 10;
}
