// process.stdout is a Writable: synchronous writes return true, callbacks run on a
// later tick, 'finish' is not emitted by writing.
const { Writable } = require('stream');
const out = process.stdout;
console.log('writable', out instanceof Writable, 'fd', out.fd, 'isTTY', out.isTTY, 'type', out._type);
console.log('returns', out.write('direct write\n', () => console.log('write callback')));
out.write(Buffer.from('a buffer\n'));
out.write('6869207468657265\n', 'utf8');
out.write(new Uint8Array([0x75, 0x38, 0x0a]));
console.log('stderr writable', process.stderr instanceof Writable, process.stderr.fd);
console.log('sync order check');
try { out.write(42); } catch (e) { console.log(e.code); }
