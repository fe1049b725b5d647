// removeAllListeners with and without a name, and removeListener events for each.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('a', () => {});
e.on('a', () => {});
e.on('b', () => {});
e.on('removeListener', (name) => console.log('removed', name));
e.removeAllListeners('a');
console.log('names', e.eventNames().join(','));
e.removeAllListeners();
console.log('names after all', e.eventNames().length);
