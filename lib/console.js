'use strict';
// node:console: the global console, with console.Console to make others.

const { Console, createGlobalConsole } = require('internal/console/constructor');

const globalConsole = createGlobalConsole();
Object.defineProperty(globalConsole, 'Console', {
  value: Console, writable: true, enumerable: true, configurable: true,
});
// console.profile & co. belong to the inspector; without one they do nothing.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  Object.defineProperty(globalConsole, name, { value() {}, writable: true, enumerable: true, configurable: true });
}

module.exports = globalConsole;
