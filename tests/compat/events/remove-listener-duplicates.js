// removeListener removes the most recently added instance of a duplicate.
const EventEmitter = require('events');
const e = new EventEmitter();
const calls = [];
function f() { calls.push('f'); }
function g() { calls.push('g'); }
e.on('x', f);
e.on('x', g);
e.on('x', f);
e.removeListener('x', f);
e.emit('x');
console.log(calls.join(','));
console.log(e.listeners('x').map((l) => l.name).join(','));
