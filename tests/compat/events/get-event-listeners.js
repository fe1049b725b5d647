// events.getEventListeners and events.getMaxListeners / setMaxListeners helpers.
const events = require('events');
const e = new events.EventEmitter();
const f = () => {};
e.on('x', f);
console.log(events.getEventListeners(e, 'x').length, events.getEventListeners(e, 'x')[0] === f);
events.setMaxListeners(5, e);
console.log(events.getMaxListeners(e));
