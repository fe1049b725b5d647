// The callback forms run on the thread pool: their callbacks come after the
// current tick's process.nextTick and promise jobs, never synchronously.
const crypto = require('crypto');
const order = [];
const done = (name) => (err) => order.push(err ? `${name} failed` : name);
crypto.pbkdf2('p', 's', 1, 8, 'sha256', done('pbkdf2'));
crypto.scrypt('p', 's', 8, { N: 16 }, done('scrypt'));
crypto.hkdf('sha256', 'k', 's', 'i', 8, done('hkdf'));
crypto.randomBytes(8, done('randomBytes'));
crypto.randomFill(Buffer.alloc(8), done('randomFill'));
order.push('sync');
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
// Names sorted so the pool's completion order does not matter.
process.on('exit', () => console.log(order.slice(0, 3).join(' '), order.slice(3).sort().join(' ')));
