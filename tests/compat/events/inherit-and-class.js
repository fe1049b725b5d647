// Subclassing EventEmitter with class and an old-style constructor.
const EventEmitter = require('events');
class Child extends EventEmitter { constructor() { super(); this.n = 1; } }
const c = new Child();
c.on('hi', function () { console.log('class child', this.n); });
c.emit('hi');
function Old() { EventEmitter.call(this); }
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
const o = new Old();
o.on('hi', () => console.log('inherits child'));
o.emit('hi');
console.log(o instanceof EventEmitter, EventEmitter.EventEmitter === EventEmitter, require('events') === EventEmitter);
