// Argument validation errors (types, flags, encodings, fds, null bytes).
const fs = require('fs');
const cases = [
  () => fs.readFileSync({}),
  () => fs.readFileSync('x', 'bogus'),
  () => fs.openSync('x', 'zz'),
  () => fs.readSync(-1, Buffer.alloc(1)),
  () => fs.readSync('x', Buffer.alloc(1)),
  () => fs.statSync(123),
  () => fs.readFileSync('a\u0000b'),
  () => fs.stat('x'),
  () => fs.mkdirSync('x', { recursive: 'yes' }),
  () => fs.rmSync('x', { force: 1 }),
];
for (const fn of cases) {
  try { fn(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message.replace(/\x00/g, '\\0').split(' Received')[0]); }
}
console.log(fs.existsSync(), fs.existsSync({}), fs.existsSync('/'), fs.existsSync('/definitely/not/here'));
