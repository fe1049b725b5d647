// decodeStrings and defaultEncoding control what _write receives.
const { Writable } = require('stream');
const a = new Writable({ write(c, e, cb) { console.log('A', Buffer.isBuffer(c), e, c.toString('hex')); cb(); } });
a.write('héllo');
a.write('68656c6c6f', 'hex');
const b = new Writable({ decodeStrings: false, write(c, e, cb) { console.log('B', typeof c, e, c); cb(); } });
b.write('héllo');
b.write('aGk=', 'base64');
const c = new Writable({ defaultEncoding: 'latin1', write(ch, e, cb) { console.log('C', ch.toString('hex'), e); cb(); } });
c.write('é');
c.setDefaultEncoding('utf8');
c.write('é');
try { c.setDefaultEncoding('bogus'); } catch (e) { console.log(e.code, e.message); }
