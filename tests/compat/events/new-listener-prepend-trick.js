// Adding a listener from 'newListener' puts it before the one being added.
const EventEmitter = require('events');
const e = new EventEmitter();
e.once('newListener', (event) => {
  if (event === 'x') e.on('x', () => console.log('B (added in newListener)'));
});
e.on('x', () => console.log('A'));
e.emit('x');
