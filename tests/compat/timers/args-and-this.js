// Timer callbacks get extra arguments; `this` is the Timeout/Immediate object.
setTimeout(function (a, b, c) { console.log('timeout', a, b, c, this.constructor.name); }, 1, 1, 'two', [3]);
setImmediate(function (a) { console.log('immediate', a, this.constructor.name); }, 'arg');
const t = setTimeout(() => {}, 1);
console.log(typeof t, t.constructor.name, typeof t.ref, typeof t.unref, typeof t.refresh, typeof t[Symbol.toPrimitive]);
const im = setImmediate(() => {});
console.log(im.constructor.name);
