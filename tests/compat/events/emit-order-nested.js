// A nested emit from inside a listener runs to completion first.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('outer', () => { console.log('outer start'); e.emit('inner'); console.log('outer end'); });
e.on('outer', () => console.log('outer second'));
e.on('inner', () => console.log('inner'));
e.emit('outer');
