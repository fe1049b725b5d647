// EventEmitter.captureRejections is read when an emitter is made: one made before the
// default turns true keeps not capturing, one made while it is true keeps capturing
// after it turns false again. Sockets and streams are emitters too.
const EventEmitter = require('events');
const net = require('net');
const { Readable } = require('stream');

process.on('unhandledRejection', (err) => console.log('unhandled:', err.message));

function probe(label, e) {
  e.on('error', (err) => console.log(label, 'captured', err.message));
  e.on('x', async () => { throw new Error(label); });
  e.emit('x');
}

const before = new EventEmitter();
const socketBefore = new net.Socket();
EventEmitter.captureRejections = true;
const during = new EventEmitter();
const socketDuring = new net.Socket();
const streamDuring = new Readable({ read() {} });
const optedOut = new EventEmitter({ captureRejections: false });
EventEmitter.captureRejections = false;
const after = new EventEmitter();
const optedIn = new EventEmitter({ captureRejections: true });
console.log('default now', EventEmitter.captureRejections);

let delay = 0;
for (const [label, e] of [['before', before], ['socketBefore', socketBefore], ['during', during],
  ['socketDuring', socketDuring], ['streamDuring', streamDuring], ['optedOut', optedOut],
  ['after', after], ['optedIn', optedIn]]) {
  setTimeout(() => probe(label, e), delay += 5);
}
setTimeout(() => {
  socketBefore.destroy();
  socketDuring.destroy();
  streamDuring.destroy();
}, delay + 20);
