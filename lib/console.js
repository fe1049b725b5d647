'use strict';
// node:console: the global console, with console.Console to make others.

const { Console, createGlobalConsole } = require('internal/console/constructor');

const globalConsole = createGlobalConsole();

function defineMethod(name, value) {
  Object.defineProperty(globalConsole, name, { value, writable: true, enumerable: true, configurable: true });
}

defineMethod('Console', Console);
// console.profile & co. talk to the inspector; without one they do nothing, as in
// Node run without --inspect.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  defineMethod(name, { [name]() {} }[name]);
}
// console.context(name): a console whose methods write where this one does.
defineMethod('context', function context() {
  const ctx = {};
  for (const key of ['dir', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile', 'profileEnd',
    'timeLog', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert',
    'time', 'timeEnd', 'timeStamp']) {
    ctx[key] = globalConsole[key];
  }
  ctx.dirXml = globalConsole.dirxml;
  return ctx;
});
// console.createTask(name): async stack tagging for the inspector; run() just calls.
defineMethod('createTask', function createTask(name) {
  if (typeof name !== 'string') throw new TypeError('First argument must be a string.');
  return { run(fn) { return fn(); } };
});

module.exports = globalConsole;
