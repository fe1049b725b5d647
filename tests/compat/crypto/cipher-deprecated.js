// The deprecated createCipher/createDecipher (DEP0106): key and IV from the password
// (EVP_BytesToKey), the deprecation warning once and a warning per counter mode.
const c = require('crypto');
console.log(c.createCipher.name, c.createCipher.length, typeof c.Cipher, c.Cipher.name, c.Decipher.name);
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const x = c.createCipher('aes-128-cbc', 'password');
console.log(x.update('hello', 'utf8', 'hex') + x.final('hex'), x instanceof c.Cipher);
const y = c.createDecipher('aes-128-cbc', Buffer.from('password'));
console.log(y.update('1c2c6d5e2eaf8451a9ca0c1b2d1e6a39', 'hex', 'utf8'));
const z = c.createCipher('aes-256-ctr', 'pw');
console.log(z.update('counter', 'utf8', 'hex') + z.final('hex'));
const g = c.createCipher('aes-256-gcm', 'pw');
console.log(g.update('gcm', 'utf8', 'hex') + g.final('hex'), g.getAuthTag().toString('hex'));
const e = c.createCipher('aes-128-ecb', 'pw');
console.log(e.update('ecb', 'utf8', 'hex') + e.final('hex'));
try { c.createCipher('foo', 'pw'); } catch (err) { console.log(err.code, err.message); }
try { c.createCipher('aes-128-cbc', 1); } catch (err) { console.log(err.code, err.message); }
try { c.createCipher('aes-128-gcm', 'pw', { authTagLength: 5 }); } catch (err) { console.log(err.code, err.message); }
c.createCipher('aes-128-ctr', 'again');
process.on('exit', () => console.log('end'));
