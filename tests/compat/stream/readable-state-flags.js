// readableDidRead, readableAborted, errored, closed, destroyed, readableEnded,
// isPaused/readableFlowing across the life of a stream.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
function flags(label, r) {
  log(label, 'didRead', r.readableDidRead, 'aborted', r.readableAborted, 'errored', r.errored && r.errored.message,
    'closed', r.closed, 'destroyed', r.destroyed, 'ended', r.readableEnded, 'flowing', r.readableFlowing,
    'paused', r.isPaused(), 'readable', r.readable);
}
const a = new Readable({ read() {} });
flags('a fresh', a);
a.push('x');
a.read();
flags('a after read', a);
a.destroy();
flags('a destroyed', a);
a.on('close', () => flags('a close', a));

const b = new Readable({ read() {} });
b.on('error', (e) => { log('b error', e.message); flags('b on error', b); });
b.destroy(new Error('bad'));
flags('b destroyed', b);

const c = new Readable({ read() {} });
c.pause();
flags('c paused', c);
c.resume();
flags('c resumed', c);
c.push(null);
c.on('end', () => flags('c end', c));
c.on('close', () => flags('c close', c));

const d = new Readable({ read() {} });
d.on('data', () => {});
flags('d data listener', d);
d.removeAllListeners('data');
flags('d removed', d);
d.on('readable', () => {});
flags('d readable listener', d);
d.push(null);
d.read();
d.on('end', () => flags('d end', d));
