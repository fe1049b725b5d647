// clearTimeout/clearInterval/clearImmediate with objects, ids (toPrimitive), and junk.
const a = setTimeout(() => console.log('a must not run'), 1);
clearTimeout(a);
const b = setTimeout(() => console.log('b must not run'), 1);
clearTimeout(+b);
const c = setInterval(() => console.log('c must not run'), 1);
clearTimeout(c);
const d = setTimeout(() => console.log('d must not run'), 1);
clearInterval(d);
const e = setImmediate(() => console.log('e must not run'));
clearImmediate(e);
clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearTimeout('junk'); clearImmediate(null);
console.log(typeof +b, Number.isInteger(+b), `${b}` === String(+b));
setTimeout(() => console.log('done'), 5);
