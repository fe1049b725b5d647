'use strict';
const util = require('util');
const EventEmitter = require('events');
function Child() { EventEmitter.call(this); }
util.inherits(Child, EventEmitter);
const c = new Child();
console.log(c instanceof EventEmitter, Child.super_ === EventEmitter, typeof c.on);
console.log(Object.getOwnPropertyDescriptor(Child, 'super_').enumerable);
for (const [a, b] of [[null, EventEmitter], [Child, null], [Child, {}]]) {
  try { util.inherits(a, b); } catch (e) { console.log(e.code, e.message); }
}
