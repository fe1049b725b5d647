// readable.wrap() adapts an old-style stream (data/end events).
const { Readable } = require('stream');
const EventEmitter = require('events');
const old = new EventEmitter();
old.pause = () => console.log('old pause');
old.resume = () => console.log('old resume');
const r = new Readable().wrap(old);
r.on('data', (c) => console.log('data', c.toString()));
r.on('end', () => console.log('end'));
old.emit('data', Buffer.from('legacy'));
old.emit('end');
