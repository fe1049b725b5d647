// setEncoding('utf8') joins multi-byte characters split across chunks.
const { Readable } = require('stream');
const bytes = Buffer.from('aé€😀z');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
r.on('data', (s) => console.log('data', JSON.stringify(s), s.length));
r.on('end', () => console.log('end'));
for (let i = 0; i < bytes.length; i++) r.push(bytes.subarray(i, i + 1));
r.push(null);
