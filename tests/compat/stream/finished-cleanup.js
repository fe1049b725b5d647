// finished() returns a cleanup function that removes its listeners.
const { finished, PassThrough } = require('stream');
const p = new PassThrough();
const before = p.listenerCount('end') + p.listenerCount('finish') + p.listenerCount('close') + p.listenerCount('error');
const cleanup = finished(p, () => console.log('called (unexpected)'));
const during = p.listenerCount('end') + p.listenerCount('finish') + p.listenerCount('close') + p.listenerCount('error');
cleanup();
const after = p.listenerCount('end') + p.listenerCount('finish') + p.listenerCount('close') + p.listenerCount('error');
console.log('listeners added', during > before, 'removed', after === before);
p.resume();
p.end();
p.on('close', () => console.log('closed'));
