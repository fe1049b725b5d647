// errorMonitor listeners see errors before 'error' listeners and do not handle them.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;
const e = new EventEmitter();
e.on(errorMonitor, (err) => console.log('monitor', err.message));
try { e.emit('error', new Error('unhandled')); } catch (err) { console.log('still thrown', err.message); }
e.on('error', (err) => console.log('handler', err.message));
e.emit('error', new Error('handled'));
console.log(typeof errorMonitor, String(errorMonitor));
