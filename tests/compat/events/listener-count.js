// listenerCount with and without a listener argument, and the static form.
const EventEmitter = require('events');
const e = new EventEmitter();
const f = () => {};
e.on('x', f);
e.on('x', f);
e.once('x', f);
e.on('x', () => {});
console.log(e.listenerCount('x'), e.listenerCount('y'));
console.log(EventEmitter.listenerCount(e, 'x'));
console.log(e.listenerCount('x', f));
