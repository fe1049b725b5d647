// node:os exports and the types of what they return (values vary by machine).
const os = require('os');
console.log(Object.keys(os).join());
for (const fn of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname', 'machine',
  'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version']) {
  console.log(fn, typeof os[fn](), `${os[fn]}` === String(os[fn]()));
}
console.log(JSON.stringify(os.EOL), os.devNull, os.platform(), os.type(), os.endianness(), os.arch());
console.log(os.availableParallelism() >= 1, os.totalmem() >= os.freemem(), os.uptime() > 0);
