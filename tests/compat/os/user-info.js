// os.userInfo() fields agree with the process and environment; homedir and tmpdir.
const os = require('os');
const u = os.userInfo();
console.log(Object.keys(u).join(), Object.getPrototypeOf(u), u.uid === process.getuid(), u.gid === process.getgid());
console.log(typeof u.username, u.homedir === os.homedir(), typeof u.shell);
const b = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(b.username), b.username.toString() === u.username);
process.env.TMPDIR = '/some/tmp/';
console.log(os.tmpdir());
delete process.env.TMPDIR;
