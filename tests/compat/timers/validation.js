// Non-function callbacks throw ERR_INVALID_ARG_TYPE; odd delays become 1 ms.
for (const fn of [setTimeout, setInterval, setImmediate]) {
  try { fn('not a function'); } catch (e) { console.log(fn.name, e.name, e.code, e.message); }
}
const order = [];
setTimeout(() => order.push('NaN'), NaN);
setTimeout(() => order.push('negative'), -5);
setTimeout(() => order.push('string'), '10');  // a number in a string: 10 ms, not 1
setTimeout(() => order.push('undefined'));
setTimeout(() => console.log(order.join()), 30);
