// Sign and Verify are Writable streams: write()/end() and pipe() feed the digest,
// then sign()/verify() as usual.
const c = require('crypto');
const { Readable, Writable } = require('stream');
const { read } = require('./fixtures/keytest');

const rsa = read('rsa-pkcs8.pem');
const pub = read('rsa-spki.pem');
const data = 'streamed data, in pieces';
const expected = c.sign('sha256', Buffer.from(data), rsa).toString('hex');
const s = c.createSign('sha256');
console.log(s instanceof Writable, s instanceof c.Sign, typeof s.write, s.writable);
s.write('streamed ');
s.write(Buffer.from('data, '));
s.end('in pieces');
s.on('finish', () => {
  const sig = s.sign(rsa, 'hex');
  console.log('finish', sig === expected);
  const v = c.createVerify('sha256');
  Readable.from([Buffer.from('streamed data,'), Buffer.from(' in pieces')]).pipe(v);
  v.on('finish', () => console.log('verify piped', v.verify(pub, sig, 'hex')));
});
const direct = new c.Sign('sha256');
direct.update(data);
console.log('new Sign', direct.sign(rsa, 'hex') === expected, c.Sign('sha256') instanceof c.Sign, new c.Verify('sha256') instanceof Writable);
