// captureRejections routes a rejected async listener to 'error'.
const EventEmitter = require('events');
const e = new EventEmitter({ captureRejections: true });
e.on('x', async () => { throw new Error('async fail'); });
e.on('error', (err) => console.log('error event', err.message));
e.emit('x');
const custom = new EventEmitter({ captureRejections: true });
custom[Symbol.for('nodejs.rejection')] = (err, name) => console.log('rejection hook', err.message, name);
custom.on('y', async () => { throw new Error('hooked'); });
custom.emit('y');
try { new EventEmitter({ captureRejections: 'yes' }); } catch (err) { console.log(err.code); }
