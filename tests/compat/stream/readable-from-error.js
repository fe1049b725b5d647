// An iterator that throws destroys the stream with that error.
const { Readable } = require('stream');
const r = Readable.from((function* () { yield 'ok'; throw new Error('gen failed'); })());
r.on('data', (c) => console.log('data', c));
r.on('error', (e) => console.log('error', e.message));
r.on('close', () => console.log('close'));
r.on('end', () => console.log('end (unexpected)'));
